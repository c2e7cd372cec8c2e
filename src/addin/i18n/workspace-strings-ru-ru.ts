import type { Message } from "./en-us";
import type { workspaceStringsEnUS } from "./workspace-strings-en-us";

/** Russian: the same keys and placeholders as workspaceStringsEnUS. */
export const workspaceStringsRuRU: Record<keyof typeof workspaceStringsEnUS, Message> = {
  "drafts.heading": "Черновики",
  "drafts.empty": "Черновиков нет. Нажмите «Отложить» на вкладке «Запись», чтобы закончить запись позже.",
  "drafts.to": "для: {names}",
  "drafts.resume": "Возобновить",
  "drafts.resumeNamed": "Возобновить черновик {subject}",
  "drafts.delete": "Удалить",
  "drafts.deleteNamed": "Удалить черновик {subject}",
  "drafts.resumed": "Черновик {subject} записан.",
  "drafts.deleted": "Черновик {subject} удалён.",
  "segments.heading": "Сегменты",
  "segments.fromItem": "Новый сегмент из участников этого элемента",
  "segments.no": "Номер сегмента",
  "segments.description": "Описание сегмента",
  "segments.create": "Создать сегмент",
  "segments.created": {
    one: "Сегмент {no} создан: {count} контакт.",
    few: "Сегмент {no} создан: {count} контакта.",
    many: "Сегмент {no} создан: {count} контактов.",
    other: "Сегмент {no} создан: {count} контакта.",
  },
  "segments.empty": "Сегментов пока нет. Создайте сегмент из участников письма или встречи.",
  "segments.log": "Записать в сегмент",
  "segments.logNamed": "Записать в сегмент {no}",
  "segments.loggedTo": {
    one: "Записано в сегмент {no}: {count} запись, пропущено {skipped}.",
    few: "Записано в сегмент {no}: {count} записи, пропущено {skipped}.",
    many: "Записано в сегмент {no}: {count} записей, пропущено {skipped}.",
    other: "Записано в сегмент {no}: {count} записи, пропущено {skipped}.",
  },
  "segments.logged": "Записанные сегменты",
  "segments.entries": {
    one: "{count} запись",
    few: "{count} записи",
    many: "{count} записей",
    other: "{count} записи",
  },
  "segments.cancel": "Отменить",
  "segments.cancelNamed": "Отменить записанный сегмент {description}",
  "segments.canceled": "Записанный сегмент {description} отменён вместе со всеми его записями.",
  "settings.heading": "Настройки",
  "settings.store": "Адрес хранилища",
  "settings.storeHint": "Оставьте пустым, чтобы использовать адрес, с которого загружен Touchpoint.",
  "settings.save": "Сохранить",
  "settings.saved": "Настройки сохранены",
  "settings.autoLogHeading": "Автоматическая запись",
  "settings.autoLog": "Записывать отправленную почту автоматически",
  "settings.autoLogHint":
    "Письма, которые вы отправляете контакту вне вашей организации, записываются при отправке. Личные и конфиденциальные — никогда.",
  "settings.autoLogPolicyOn":
    "Ваша организация автоматически записывает отправленную почту всех сотрудников. Вы можете выключить это для себя.",
  "settings.autoLogPolicyOff":
    "Ваша организация выключила автоматическую запись, поэтому здесь её не включить.",
  "settings.logReplies": "Записывать и ответы в уже записанной переписке",
  "settings.neverLog": "Не записывать",
  "settings.neverLogHint": "Адрес или целый домен, почту которых Touchpoint никогда не записывает.",
  "settings.neverLogAdd": "Добавить",
  "settings.neverLogRemove": "Удалить {value}",
  "settings.neverLogEmpty":
    "Список «Не записывать» пуст. Добавьте адрес или домен выше, чтобы их почта не попадала в Touchpoint.",
  "settings.neverLogAdded": "{value} больше не будет записываться",
  "settings.neverLogRemoved": "{value} снова можно записывать",
  "settings.language": "Язык",
  "settings.languageAuto": "Как в Outlook",
};
