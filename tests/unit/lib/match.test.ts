import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compiled } from '../../../lib/background';
import { compileMatcher, matchItem } from '../../../lib/match';
import { corpusFingerprint, loadCorpus, MODEL_PATH, VALIDATION_PATH, VALIDATION_REAL_PATH } from '../../../scripts/train';

const match = (text: string, url = 'https://social.example/p/1') => matchItem({ kind: 'selection', text, url, title: '' }, compiled());
/** The tactics named with confidence. */
const score = (text: string, url?: string) => match(text, url).categories;
/** The two tactics whose tips come first: named ones, then likely ones. */
const top2 = (text: string) => {
  const { categories, candidates } = match(text);
  return [...categories, ...candidates].slice(0, 2).map((c) => c.id);
};

// Written for these tests, not taken from the corpus: one plain case per category and language.
const cases: [string, string, string][] = [
  ['voting-process', 'Heads up: because of the snowstorm, everyone on the north side votes next Wednesday instead. You can also just text your vote to 55123.', 'Attention : à cause de la neige, les électeurs du quartier nord votent mercredi prochain. Vous pouvez aussi voter par texto au 55123.'],
  ['fraud-claims', 'They rigged it. Poll workers were filmed stuffing ballots at 3am and the machines flipped thousands of votes. This election was stolen.', 'Tout est truqué. Des scrutateurs ont bourré les urnes à 3 h du matin et les machines ont inversé des milliers de votes. On nous a volé l’élection.'],
  ['impersonation', 'Official notice from Elections Canada: your voter registration has expired. Renew today at elections-canada-renew.info to keep your right to vote.', "Avis officiel d'Élections Canada : votre inscription électorale a expiré. Renouvelez-la aujourd'hui sur elections-canada-renouvel.info."],
  ['manipulated-media', 'Listen to this leaked audio of the minister mocking veterans. Experts say the voice was cloned with AI and the clip is a deepfake.', 'Écoutez cet enregistrement du ministre qui se moque des anciens combattants : la voix a été clonée par IA, c’est un hypertrucage.'],
  ['false-context', 'This photo of empty shelves is from the 2011 earthquake in Japan, but it is being shared as proof of shortages under the new mayor.', 'Cette photo de rayons vides date du séisme de 2011 au Japon, mais elle circule comme preuve de pénuries sous le nouveau maire.'],
  ['fabricated-content', 'A new poll shows 82% of nurses will vote against the premier. No pollster, no sample size, no date: the numbers were simply made up.', 'Un nouveau sondage montre que 82 % des infirmières voteront contre la première ministre. Aucun institut, aucun échantillon : chiffres inventés.'],
  ['emotional-manipulation', 'SHARE THIS NOW before they delete it!!! If you care about your children you will be terrified of what happens if he wins 😱😱', 'PARTAGEZ VITE avant que ce soit supprimé !!! Si vous aimez vos enfants, vous devriez avoir peur de ce qui arrivera s’il gagne 😱😱'],
  ['inauthentic-behavior', 'Hundreds of brand new accounts with no profile photo all posted the exact same comment praising the candidate within ten minutes. Bot network.', 'Des centaines de comptes créés la veille, sans photo, ont publié exactement le même commentaire en dix minutes. Un réseau de bots.'],
  ['hack-and-leak', 'Hacked emails from the campaign manager were dumped online last night, days before the vote. Some of the documents look doctored.', 'Des courriels piratés du directeur de campagne ont été divulgués en ligne hier soir, à quelques jours du vote. Certains documents semblent falsifiés.'],
  ['polarization', 'It is us or them. People from the cities want to destroy everything we hold dear and they hate real hard-working folks like you.', 'C’est eux ou nous. Les gens des villes veulent détruire tout ce qui compte pour nous et ils méprisent les vrais travailleurs comme vous.'],
  ['hidden-sponsorship', 'This "independent" news site is secretly funded by a foreign state broadcaster and paid influencers push its stories without any disclosure.', 'Ce site « indépendant » est financé en secret par un média d’État étranger et des influenceurs payés relaient ses articles sans le dire.'],
  ['scam-phishing', 'Congratulations! You have been selected for a $250 voter reward. Enter your banking details and password at the link to claim your payment.', 'Félicitations ! Vous avez gagné une prime d’électeur de 250 $. Entrez vos coordonnées bancaires et votre mot de passe pour la recevoir.'],
  ['misleading-headline', 'SHOCKING: Candidate ADMITS he will ban cars! (the article says he wants one more bike lane downtown)', 'CHOC : le candidat AVOUE qu’il va interdire les voitures ! (l’article parle d’une seule nouvelle piste cyclable)'],
  ['conspiracy', 'Wake up. A secret cabal of global elites decides every election in advance and the media hide the truth from you. Do your own research.', 'Réveillez-vous. Une élite mondiale secrète décide de chaque élection à l’avance et les médias vous cachent la vérité.'],
];

describe('matchItem per category and language', () => {
  for (const [category, en, fr] of cases) {
    it(`${category} (en)`, () => expect(top2(en)).toContain(category));
    it(`${category} (fr)`, () => expect(top2(fr)).toContain(category));
  }
});

describe('counter-signals', () => {
  it('does not take a news report about a phishing scam for the scam', () => {
    const ids = score('Police warned residents on Tuesday about a phishing scam in which fraudsters text voters pretending to be the election agency. The agency said it never asks for banking details by text.').map((c) => c.id);
    expect(ids).not.toContain('scam-phishing');
  });

  it('does not take a fact-check quoting a fraud rumour for the rumour', () => {
    const ids = score('Fact check: the viral claim that 50,000 ballots were found in a dumpster is false. County officials said there is no evidence of any fraud.').map((c) => c.id);
    expect(ids).not.toContain('fraud-claims');
  });

  it('names no tactic in a French denial that repeats the rumour', () => {
    expect(score("Élections Canada a démenti : c'est faux, aucun bulletin n'a été retrouvé dans une benne et le dépouillement n'a pas été truqué.")).toEqual([]);
  });

  it('reads the address of a flagged link, not only its text', () => {
    const plain = match('Confirm your details to keep voting', 'https://news.example.com/2025/voting');
    const lookalike = match('Confirm your details to keep voting', 'https://elections-canada-verify.info/login');
    const scam = (m: typeof plain) => [...m.categories, ...m.candidates].find((c) => c.id === 'scam-phishing')?.score ?? 0;
    expect(scam(lookalike)).toBeGreaterThan(scam(plain));
  });

  it('flags nothing in an ordinary official notice', () => {
    expect(score('Advance polls are open Friday to Monday from 9 a.m. to 9 p.m. Check your voter information card for your polling station.')).toEqual([]);
  });
});

describe('explanations', () => {
  it('points every piece of text evidence at the words it names', () => {
    const text = 'URGENT: verify your voter registration now or your ballot will be CANCELLED. Send your SIN and credit card number to claim your voter refund.';
    const { categories, candidates } = match(text, 'https://bit.ly/ec-verify');
    const found = [...categories, ...candidates];
    expect(found.length).toBeGreaterThan(0);
    for (const category of found) {
      expect(category.evidence.length).toBeGreaterThan(0);
      for (const e of category.evidence.filter((x) => x.in === 'text')) expect(text.slice(e.start, e.end)).toBe(e.text);
    }
  });

  it('survives odd Unicode and elision in the flagged text', () => {
    const text = "L’élection est TRUQUÉE : des bulletins retrouvés à la poubelle, les machines à voter ont inversé les votes, c'est une fraude\u200B massive.";
    const { categories, candidates } = match(text);
    const fraud = [...categories, ...candidates].find((c) => c.id === 'fraud-claims');
    expect(fraud).toBeDefined();
    for (const e of fraud!.evidence.filter((x) => x.in === 'text')) expect(text.slice(e.start, e.end)).toBe(e.text);
  });
});

describe('naming tactics', () => {
  // Impersonation that phishes: two tactics a reader would name together.
  const text = 'Official notice from Elections Canada: your registration expired. Confirm your banking details and password at elections-canada-renew.info within 24 hours.';
  const withThresholds = (t: number) => {
    const { lexicon, model } = compiled();
    return matchItem({ kind: 'selection', text, url: 'https://social.example/p/1', title: '' }, compileMatcher(lexicon, { ...model!.model, thresholds: model!.model.thresholds.map(() => t) }));
  };

  it('names the strongest tactic, and others only when they pass their own threshold', () => {
    expect(withThresholds(1).categories).toHaveLength(1);
    expect(withThresholds(0).categories.length).toBeGreaterThan(1);
    expect(withThresholds(0).categories.map((c) => c.id)).toEqual(expect.arrayContaining(['impersonation', 'scam-phishing']));
  });

  it('names both with the committed thresholds', () => {
    expect(score(text).map((c) => c.id)).toEqual(expect.arrayContaining(['impersonation', 'scam-phishing']));
  });
});

describe('the committed model', () => {
  it('was trained on the current corpus split and lexicon', () => {
    const { train, validation, validationReal } = loadCorpus();
    const model = JSON.parse(readFileSync(MODEL_PATH, 'utf8')) as { corpus: string; trainedOn: number };
    expect(model.corpus, 'run npm run train').toBe(corpusFingerprint(train));
    expect(model.trainedOn).toBe(train.length);
    expect(readFileSync(VALIDATION_PATH, 'utf8')).toBe(validation);
    expect(readFileSync(VALIDATION_REAL_PATH, 'utf8')).toBe(validationReal);
  });
});
