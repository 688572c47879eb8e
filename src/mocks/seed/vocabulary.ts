/**
 * Editorial text banks in the three demo locales. Entries at the same index translate each
 * other, so a record's `en`, `it` and `nl` values say the same thing.
 */
import type { Locale } from '../store/types'

export type Localized = Readonly<Record<Locale, string>>

export const TOPICS: readonly Localized[] = [
  { en: 'urban gardening', it: 'orti urbani', nl: 'stadstuinieren' },
  { en: 'remote work', it: 'lavoro da remoto', nl: 'thuiswerken' },
  { en: 'slow travel', it: 'viaggi lenti', nl: 'langzaam reizen' },
  { en: 'home composting', it: 'compostaggio domestico', nl: 'thuis composteren' },
  { en: 'typography', it: 'tipografia', nl: 'typografie' },
  { en: 'bread baking', it: 'panificazione', nl: 'brood bakken' },
  { en: 'cycling commutes', it: 'andare al lavoro in bici', nl: 'woon-werkverkeer per fiets' },
  { en: 'rainwater harvesting', it: "raccolta dell'acqua piovana", nl: 'regenwater opvangen' },
  { en: 'accessible design', it: 'design accessibile', nl: 'toegankelijk ontwerp' },
  { en: 'headless CMS', it: 'CMS headless', nl: 'headless CMS' },
  { en: 'content modelling', it: 'modellazione dei contenuti', nl: 'contentmodellering' },
  { en: 'solar panels', it: 'pannelli solari', nl: 'zonnepanelen' },
  { en: 'coffee roasting', it: 'tostatura del caffè', nl: 'koffie branden' },
  { en: 'minimalist living', it: 'vita minimalista', nl: 'minimalistisch leven' },
  { en: 'photo editing', it: 'fotoritocco', nl: 'fotobewerking' },
  { en: 'team rituals', it: 'rituali di squadra', nl: 'teamrituelen' },
  { en: 'seasonal cooking', it: 'cucina di stagione', nl: 'seizoenskoken' },
  { en: 'repair cafés', it: 'repair café', nl: 'repaircafés' },
  { en: 'night photography', it: 'fotografia notturna', nl: 'nachtfotografie' },
  { en: 'design systems', it: 'design system', nl: 'designsystemen' },
  { en: 'fermentation', it: 'fermentazione', nl: 'fermentatie' },
  { en: 'trail running', it: 'trail running', nl: 'trailrunnen' },
  { en: 'editorial calendars', it: 'calendari editoriali', nl: 'redactiekalenders' },
  { en: 'wool knitting', it: 'lavoro a maglia', nl: 'breien met wol' },
  { en: 'bike repair', it: 'riparazione della bici', nl: 'fietsreparatie' },
  { en: 'translation workflows', it: 'flussi di traduzione', nl: 'vertaalworkflows' },
  { en: 'indoor plants', it: "piante d'appartamento", nl: 'kamerplanten' },
  { en: 'zero waste shopping', it: 'spesa senza sprechi', nl: 'afvalvrij boodschappen doen' },
  { en: 'web performance', it: 'prestazioni web', nl: 'webprestaties' },
  { en: 'small-batch ceramics', it: 'ceramica artigianale', nl: 'kleinschalig keramiek' },
]

/** Title patterns: `{t}` is the topic. */
export const TITLE_PATTERNS: readonly Localized[] = [
  {
    en: 'A beginner’s guide to {t}',
    it: 'Guida per principianti a {t}',
    nl: 'Een beginnersgids voor {t}',
  },
  {
    en: 'Ten lessons from a year of {t}',
    it: 'Dieci lezioni da un anno di {t}',
    nl: 'Tien lessen uit een jaar {t}',
  },
  {
    en: 'Why {t} matters more than ever',
    it: 'Perché {t} conta più che mai',
    nl: 'Waarom {t} belangrijker is dan ooit',
  },
  {
    en: 'What nobody tells you about {t}',
    it: 'Quello che nessuno ti dice su {t}',
    nl: 'Wat niemand je vertelt over {t}',
  },
  {
    en: 'The quiet revolution of {t}',
    it: 'La rivoluzione silenziosa di {t}',
    nl: 'De stille revolutie van {t}',
  },
  {
    en: 'Getting started with {t} on a budget',
    it: 'Iniziare con {t} spendendo poco',
    nl: 'Beginnen met {t} met een klein budget',
  },
  {
    en: 'How we rethought {t}',
    it: 'Come abbiamo ripensato {t}',
    nl: 'Hoe we {t} opnieuw bekeken',
  },
  { en: 'Five myths about {t}', it: 'Cinque miti su {t}', nl: 'Vijf mythes over {t}' },
  { en: 'Notes on {t}', it: 'Appunti su {t}', nl: 'Aantekeningen over {t}' },
  { en: 'The future of {t}', it: 'Il futuro di {t}', nl: 'De toekomst van {t}' },
  { en: 'A weekend of {t}', it: 'Un fine settimana di {t}', nl: 'Een weekend {t}' },
  {
    en: 'Tools we love for {t}',
    it: 'Gli strumenti che amiamo per {t}',
    nl: 'Gereedschap waar we van houden voor {t}',
  },
]

/** Sentences for bodies and excerpts; `{t}` is the topic. */
export const SENTENCES: readonly Localized[] = [
  {
    en: 'Most people start with {t} because a friend showed them how.',
    it: 'La maggior parte delle persone inizia con {t} perché un amico ha mostrato loro come.',
    nl: 'De meeste mensen beginnen met {t} omdat een vriend het hen liet zien.',
  },
  {
    en: 'The first month is about habits, not equipment.',
    it: 'Il primo mese riguarda le abitudini, non l’attrezzatura.',
    nl: 'De eerste maand draait om gewoontes, niet om spullen.',
  },
  {
    en: 'We asked three editors what changed their mind.',
    it: 'Abbiamo chiesto a tre redattori cosa ha fatto cambiare loro idea.',
    nl: 'We vroegen drie redacteuren wat hen van gedachten deed veranderen.',
  },
  {
    en: 'Small, regular steps beat occasional heroic efforts.',
    it: 'Piccoli passi regolari battono gli sforzi eroici occasionali.',
    nl: 'Kleine, regelmatige stappen winnen het van af en toe een heldendaad.',
  },
  {
    en: 'Budget a little time every week and keep notes.',
    it: 'Dedica un po’ di tempo ogni settimana e prendi appunti.',
    nl: 'Trek elke week wat tijd uit en houd aantekeningen bij.',
  },
  {
    en: 'The community around {t} is generous with advice.',
    it: 'La comunità intorno a {t} è generosa di consigli.',
    nl: 'De gemeenschap rond {t} is gul met advies.',
  },
  {
    en: 'Mistakes are cheap early on and expensive later.',
    it: 'Gli errori costano poco all’inizio e molto dopo.',
    nl: 'Fouten zijn in het begin goedkoop en later duur.',
  },
  {
    en: 'Measure what matters and ignore the rest.',
    it: 'Misura ciò che conta e ignora il resto.',
    nl: 'Meet wat ertoe doet en negeer de rest.',
  },
  {
    en: 'Our readers sent us dozens of photos and stories.',
    it: 'I nostri lettori ci hanno inviato decine di foto e storie.',
    nl: 'Onze lezers stuurden ons tientallen foto’s en verhalen.',
  },
  {
    en: 'Seasons change the rhythm of the work.',
    it: 'Le stagioni cambiano il ritmo del lavoro.',
    nl: 'De seizoenen veranderen het ritme van het werk.',
  },
  {
    en: 'Good documentation saves hours of guessing.',
    it: 'Una buona documentazione fa risparmiare ore di tentativi.',
    nl: 'Goede documentatie bespaart uren giswerk.',
  },
  {
    en: 'There is no single right way to approach {t}.',
    it: 'Non esiste un unico modo giusto di affrontare {t}.',
    nl: 'Er is niet één juiste manier om {t} aan te pakken.',
  },
  {
    en: 'Sharing the results keeps everyone motivated.',
    it: 'Condividere i risultati mantiene tutti motivati.',
    nl: 'Resultaten delen houdt iedereen gemotiveerd.',
  },
  {
    en: 'Local suppliers often know the best tricks.',
    it: 'I fornitori locali spesso conoscono i trucchi migliori.',
    nl: 'Lokale leveranciers kennen vaak de beste trucs.',
  },
  {
    en: 'Start small, then scale what works.',
    it: 'Inizia in piccolo, poi fai crescere ciò che funziona.',
    nl: 'Begin klein en schaal op wat werkt.',
  },
  {
    en: 'A checklist turns good intentions into routine.',
    it: 'Una checklist trasforma le buone intenzioni in routine.',
    nl: 'Een checklist maakt van goede voornemens een routine.',
  },
]

export const FIRST_NAMES: readonly string[] = [
  'Giulia',
  'Marco',
  'Sanne',
  'Daan',
  'Emma',
  'Liam',
  'Sofia',
  'Luca',
  'Noor',
  'Bram',
  'Chiara',
  'Olivia',
  'Matteo',
  'Fenna',
  'Jasper',
  'Alice',
  'Tom',
  'Elena',
  'Sem',
  'Anna',
  'Lotte',
  'Pietro',
  'Mila',
  'Ruben',
  'Francesca',
  'James',
  'Iris',
  'Davide',
  'Hannah',
  'Thijs',
]

export const LAST_NAMES: readonly string[] = [
  'Rossi',
  'de Vries',
  'Bianchi',
  'Jansen',
  'Smith',
  'van Dijk',
  'Romano',
  'Bakker',
  'Colombo',
  'Visser',
  'Ricci',
  'Brown',
  'Smit',
  'Marino',
  'Meijer',
  'Greco',
  'de Boer',
  'Conti',
  'Mulder',
  'Taylor',
  'Bruno',
  'de Groot',
  'Gallo',
  'Bos',
  'Costa',
  'Vos',
  'Fontana',
  'Peters',
  'Moretti',
  'Hendriks',
]

export const CATEGORY_NAMES: readonly Localized[] = [
  { en: 'Food', it: 'Cibo', nl: 'Eten' },
  { en: 'Travel', it: 'Viaggi', nl: 'Reizen' },
  { en: 'Design', it: 'Design', nl: 'Ontwerp' },
  { en: 'Technology', it: 'Tecnologia', nl: 'Technologie' },
  { en: 'Home', it: 'Casa', nl: 'Thuis' },
  { en: 'Garden', it: 'Giardino', nl: 'Tuin' },
  { en: 'Work', it: 'Lavoro', nl: 'Werk' },
  { en: 'Craft', it: 'Artigianato', nl: 'Ambacht' },
  { en: 'Outdoors', it: 'All’aperto', nl: 'Buiten' },
  { en: 'Culture', it: 'Cultura', nl: 'Cultuur' },
  { en: 'Energy', it: 'Energia', nl: 'Energie' },
  { en: 'Community', it: 'Comunità', nl: 'Gemeenschap' },
]

export const TAG_WORDS: readonly string[] = [
  'beginner',
  'advanced',
  'how-to',
  'interview',
  'opinion',
  'checklist',
  'recipe',
  'review',
  'case-study',
  'weekend',
  'budget',
  'tools',
  'seasonal',
  'kids',
  'community',
  'research',
  'photo-essay',
  'podcast',
  'video',
  'longread',
  'quick-tip',
  'diy',
  'sustainability',
  'open-source',
]

export const PRODUCT_NOUNS: readonly Localized[] = [
  { en: 'Notebook', it: 'Quaderno', nl: 'Notitieboek' },
  { en: 'Tote bag', it: 'Borsa di tela', nl: 'Draagtas' },
  { en: 'Mug', it: 'Tazza', nl: 'Mok' },
  { en: 'Seed kit', it: 'Kit di semi', nl: 'Zadenpakket' },
  { en: 'Poster', it: 'Poster', nl: 'Poster' },
  { en: 'Water bottle', it: 'Borraccia', nl: 'Drinkfles' },
  { en: 'Apron', it: 'Grembiule', nl: 'Schort' },
  { en: 'Print edition', it: 'Edizione stampata', nl: 'Gedrukte editie' },
  { en: 'Workshop ticket', it: 'Biglietto workshop', nl: 'Workshopticket' },
  { en: 'Tool roll', it: 'Rotolo porta attrezzi', nl: 'Gereedschapsrol' },
]

export const PRODUCT_ADJECTIVES: readonly Localized[] = [
  { en: 'Recycled', it: 'Riciclato', nl: 'Gerecycled' },
  { en: 'Classic', it: 'Classico', nl: 'Klassiek' },
  { en: 'Limited', it: 'Limitato', nl: 'Beperkt' },
  { en: 'Travel', it: 'Da viaggio', nl: 'Reis' },
  { en: 'Studio', it: 'Studio', nl: 'Studio' },
  { en: 'Large', it: 'Grande', nl: 'Groot' },
  { en: 'Mini', it: 'Mini', nl: 'Mini' },
  { en: 'Organic', it: 'Biologico', nl: 'Biologisch' },
]

/** Page tree: section titles and the child page titles they typically hold. */
export const PAGE_SECTIONS: readonly { title: Localized; children: readonly Localized[] }[] = [
  {
    title: { en: 'About us', it: 'Chi siamo', nl: 'Over ons' },
    children: [
      { en: 'Our story', it: 'La nostra storia', nl: 'Ons verhaal' },
      { en: 'Team', it: 'Squadra', nl: 'Team' },
      { en: 'Press', it: 'Stampa', nl: 'Pers' },
      { en: 'Jobs', it: 'Lavora con noi', nl: 'Vacatures' },
      { en: 'Contact', it: 'Contatti', nl: 'Contact' },
    ],
  },
  {
    title: { en: 'Magazine', it: 'Rivista', nl: 'Magazine' },
    children: [
      { en: 'Latest issue', it: 'Ultimo numero', nl: 'Laatste nummer' },
      { en: 'Archive', it: 'Archivio', nl: 'Archief' },
      { en: 'Subscriptions', it: 'Abbonamenti', nl: 'Abonnementen' },
      { en: 'Contributors', it: 'Collaboratori', nl: 'Medewerkers' },
      { en: 'Submissions', it: 'Proposte', nl: 'Inzendingen' },
      { en: 'Back issues', it: 'Numeri arretrati', nl: 'Oude nummers' },
    ],
  },
  {
    title: { en: 'Shop', it: 'Negozio', nl: 'Winkel' },
    children: [
      { en: 'Shipping', it: 'Spedizioni', nl: 'Verzending' },
      { en: 'Returns', it: 'Resi', nl: 'Retouren' },
      { en: 'Gift cards', it: 'Carte regalo', nl: 'Cadeaubonnen' },
      { en: 'Wholesale', it: 'Ingrosso', nl: 'Groothandel' },
      { en: 'Size guide', it: 'Guida alle taglie', nl: 'Maattabel' },
    ],
  },
  {
    title: { en: 'Events', it: 'Eventi', nl: 'Evenementen' },
    children: [
      { en: 'Workshops', it: 'Workshop', nl: 'Workshops' },
      { en: 'Meetups', it: 'Incontri', nl: 'Meetups' },
      { en: 'Festival', it: 'Festival', nl: 'Festival' },
      { en: 'Past events', it: 'Eventi passati', nl: 'Eerdere evenementen' },
      { en: 'Venues', it: 'Sedi', nl: 'Locaties' },
    ],
  },
  {
    title: { en: 'Help', it: 'Aiuto', nl: 'Hulp' },
    children: [
      { en: 'FAQ', it: 'Domande frequenti', nl: 'Veelgestelde vragen' },
      { en: 'Account', it: 'Account', nl: 'Account' },
      { en: 'Payments', it: 'Pagamenti', nl: 'Betalingen' },
      { en: 'Accessibility', it: 'Accessibilità', nl: 'Toegankelijkheid' },
      { en: 'Community guidelines', it: 'Linee guida della comunità', nl: 'Communityrichtlijnen' },
    ],
  },
  {
    title: { en: 'Legal', it: 'Note legali', nl: 'Juridisch' },
    children: [
      { en: 'Privacy', it: 'Privacy', nl: 'Privacy' },
      { en: 'Terms', it: 'Termini', nl: 'Voorwaarden' },
      { en: 'Cookies', it: 'Cookie', nl: 'Cookies' },
      { en: 'Imprint', it: 'Colophon', nl: 'Colofon' },
    ],
  },
]

export const SUBPAGE_TITLES: readonly Localized[] = [
  { en: 'Overview', it: 'Panoramica', nl: 'Overzicht' },
  { en: 'Details', it: 'Dettagli', nl: 'Details' },
  { en: 'Getting started', it: 'Per iniziare', nl: 'Aan de slag' },
  { en: 'Examples', it: 'Esempi', nl: 'Voorbeelden' },
  { en: 'Pricing', it: 'Prezzi', nl: 'Prijzen' },
  { en: 'History', it: 'Storia', nl: 'Geschiedenis' },
  { en: 'Policies', it: 'Regole', nl: 'Beleid' },
  { en: 'Resources', it: 'Risorse', nl: 'Bronnen' },
  { en: 'Locations', it: 'Luoghi', nl: 'Locaties' },
  { en: 'Schedule', it: 'Programma', nl: 'Programma' },
]

export function fill(pattern: string, topic: string): string {
  return pattern.replace('{t}', topic)
}

/** Lowercase ASCII slug (accents stripped). */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}
