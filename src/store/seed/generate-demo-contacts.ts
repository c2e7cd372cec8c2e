import type { CreateContactRequest } from "../../contracts";
import { seededRandom } from "./seeded-random";

const LATIN_FIRST = [
  "Oliver",
  "Emma",
  "Liam",
  "Sophie",
  "Noah",
  "Mia",
  "Lucas",
  "Chloe",
  "Ethan",
  "Grace",
  "Daniel",
  "Hannah",
  "Samuel",
  "Laura",
  "Peter",
  "Julia",
];
const LATIN_LAST = [
  "Walker",
  "Berg",
  "Novak",
  "Fischer",
  "Moreau",
  "Larsen",
  "Costa",
  "Bianchi",
  "Young",
  "Schmidt",
  "Kowalski",
  "Dubois",
  "Hughes",
  "Meyer",
  "Nilsen",
  "Romero",
];
const CYRILLIC_PEOPLE: Array<[first: string, last: string, firstLatin: string, lastLatin: string]> = [
  ["Алексей", "Кузнецов", "aleksey", "kuznetsov"],
  ["Ольга", "Смирнова", "olga", "smirnova"],
  ["Дмитрий", "Попов", "dmitry", "popov"],
  ["Елена", "Волкова", "elena", "volkova"],
  ["Сергей", "Морозов", "sergey", "morozov"],
  ["Наталья", "Лебедева", "natalya", "lebedeva"],
  ["Михаил", "Соколов", "mikhail", "sokolov"],
  ["Татьяна", "Новикова", "tatyana", "novikova"],
  ["Андрей", "Фёдоров", "andrey", "fedorov"],
  ["Ирина", "Павлова", "irina", "pavlova"],
];
const LATIN_COMPANIES = [
  "Tailspin Toys",
  "Wide World Importers",
  "Litware",
  "Proseware",
  "Lucerne Publishing",
  "Coho Winery",
  "Alpine Ski House",
  "Blue Yonder Airlines",
  "Trey Research",
  "Margie's Travel",
  "Woodgrove Bank",
  "Humongous Insurance",
  "Graphic Design Institute",
  "School of Fine Art",
  "Southridge Video",
  "Consolidated Messenger",
  "Fourth Coffee",
  "Relecloud",
  "VanArsdel",
  "Bellows College",
  "Best For You Organics",
  "Wingtip Toys",
  "Datum Corporation",
  "Munson's Pickles",
];
const CYRILLIC_COMPANIES: Array<[name: string, domain: string]> = [
  ["Северный ветер", "severny-veter.example"],
  ["Уральские самоцветы", "uralskie-samocvety.example"],
  ["Волжский терем", "volzhsky-terem.example"],
  ["Сибирская пушнина", "sibirskaya-pushnina.example"],
  ["Балтийский берег", "baltiysky-bereg.example"],
  ["Камский завод", "kamsky-zavod.example"],
  ["Тверской хлеб", "tverskoy-hleb.example"],
  ["Байкал-Сервис", "baikal-service.example"],
];
const JOB_TITLES = [
  "Purchasing Manager",
  "Sales Manager",
  "Buyer",
  "Office Manager",
  "CEO",
  "Accountant",
  "Logistics Lead",
  "Engineer",
];
const SALESPEOPLE = ["JR", "OF", "PS", "RB", "BC"];
const FIRST_GENERATED_NO = 100;
const PEOPLE_PER_COMPANY = 9;

function slug(name: string): string {
  return name
    .toLowerCase()
    .replace(/'/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/**
 * A few hundred deterministic demo contacts: 32 companies with web domains (Latin and Cyrillic names),
 * each with people whose addresses sit on that domain, every fifth with a free-mail alternate.
 */
export function generateDemoContacts(): CreateContactRequest[] {
  const next = seededRandom(20_261_124);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const contacts: CreateContactRequest[] = [];
  const used = new Set<string>();
  let counter = FIRST_GENERATED_NO;
  const nextNo = () => `CT${String(counter++).padStart(6, "0")}`;
  const companies = [
    ...LATIN_COMPANIES.map((name) => ({ name, domain: `${slug(name)}.example`, russian: false })),
    ...CYRILLIC_COMPANIES.map(([name, domain]) => ({ name, domain, russian: true })),
  ];
  for (const company of companies) {
    const companyNo = nextNo();
    const salespersonCode = pick(SALESPEOPLE);
    contacts.push({
      no: companyNo,
      type: "company",
      name: company.name,
      domains: [company.domain],
      salespersonCode,
      ...(company.russian ? { language: "RUS" } : {}),
    });
    for (let i = 0; i < PEOPLE_PER_COMPANY; i++) {
      const cyrillic = company.russian ? next() < 0.8 : next() < 0.15;
      const [name, local] = cyrillic
        ? cyrillicPerson(pick(CYRILLIC_PEOPLE))
        : latinPerson(pick(LATIN_FIRST), pick(LATIN_LAST));
      let email = `${local}@${company.domain}`;
      for (let n = 2; used.has(email); n++) email = `${local}${n}@${company.domain}`;
      used.add(email);
      const freeMail = `${email.split("@")[0]}@outlook.com`;
      const alternate = contacts.length % 5 === 0 && !used.has(freeMail) ? [freeMail] : [];
      alternate.forEach((address) => used.add(address));
      contacts.push({
        no: nextNo(),
        type: "person",
        name,
        companyNo,
        email,
        ...(alternate.length > 0 ? { alternateEmails: alternate } : {}),
        jobTitle: pick(JOB_TITLES),
        salespersonCode,
        ...(cyrillic ? { language: "RUS" } : {}),
      });
    }
  }
  return contacts;
}

function latinPerson(first: string, last: string): [string, string] {
  return [`${first} ${last}`, `${first}.${last}`.toLowerCase()];
}

function cyrillicPerson([first, last, firstLatin, lastLatin]: [string, string, string, string]): [
  string,
  string,
] {
  return [`${first} ${last}`, `${firstLatin}.${lastLatin}`];
}
