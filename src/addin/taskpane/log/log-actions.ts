// What the Log view runs when the user acts, in a chunk of its own (see log-view.tsx).
export { cancelLoggedItem } from "../../use-cases/cancel-logged-item";
export { logItem } from "../../use-cases/log-item";
export { noticeOf } from "../../use-cases/log-item-one-click";
export { logStatusOf, logStatusText } from "../../use-cases/log-status";
