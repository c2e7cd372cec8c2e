import type { interactionSentencesEnUS } from "./interaction-sentences-en-us";

/** New interaction on a contact's card, in Russian: the same keys as English. */
export const interactionSentencesRuRU: Record<keyof typeof interactionSentencesEnUS, string> = {
  "interaction.new": "Новое взаимодействие",
  "interaction.heading": "Новое взаимодействие: {name}",
  "interaction.chooseTemplate": "Выберите звонок, письмо, визит…",
  "interaction.when": "Дата и время",
  "interaction.informationFlow": "Направление",
  "interaction.initiatedBy": "Инициатор",
  "interaction.correspondenceType": "Тип корреспонденции",
  "interaction.costIn": "Стоимость ({currency})",
  "interaction.submit": "Зарегистрировать",
  "interaction.close": "Отмена",
  "interaction.logged": "Зарегистрировано: {what}, {name}.",
  "interaction.queued": "Сохранено на этом устройстве. Отправится, как только хранилище станет доступно.",
  "interaction.salesperson": "продавец {code}",
  "interaction.failed": "Не зарегистрировано. {reason}",
  "flow.outbound": "Исходящее",
  "flow.inbound": "Входящее",
  "flow.none": "Нет",
  "initiated.us": "Мы",
  "initiated.them": "Они",
  "initiated.none": "Нет",
  "correspondence.none": "Нет",
  "correspondence.hard_copy": "Бумажная копия",
  "correspondence.email": "Электронная почта",
};
