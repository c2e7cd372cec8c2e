import type { Message } from "./en-us";
import type { salesLinkStringsEnUS } from "./sales-link-strings-en-us";

/** Russian: the same keys and placeholders as salesLinkStringsEnUS (Business Central's Russian captions). */
export const salesLinkStringsRuRU: Record<keyof typeof salesLinkStringsEnUS, Message> = {
  "links.heading": "Сделка и кампания",
  "links.opportunity": "Сделка",
  "links.campaign": "Кампания",
  "links.none": "Нет",
  "links.campaignTarget": "Цель кампании",
  "links.campaignResponse": "Ответ на кампанию",
  "links.keyInfo": "Главное о продаже",
  "links.stage": "Этап {stage}",
  "links.stageNamed": "Этап {stage}: {name}",
  "links.fromConversation": "Выбрана, потому что эта переписка в последний раз регистрировалась по ней.",
  "links.mostRecent": "Выбрана как самая недавно активная открытая сделка этих контактов.",
  "links.nextFollowUp": "Следующее действие: {description}, срок {date}",
  "links.noOpportunities": "У этих контактов и их компаний нет открытых сделок.",
  "links.unavailable": "Сделки и кампании сейчас не загрузить. {reason}",
  "links.status.not_started": "Не начата",
  "links.status.in_progress": "В работе",
  "links.status.won": "Выиграна",
  "links.status.lost": "Проиграна",
  "links.entryOpportunity": "Сделка {no}",
  "links.entryCampaign": "Кампания {no}",
  "links.filterOpportunity": "№ сделки",
  "links.filterCampaign": "№ кампании",
};
