/**
 * Very frequent function words (articles, prepositions, conjunctions, pronouns) per language,
 * keyed by ISO 639-3 code. Used as a second, independent vote next to franc's trigram scores: a
 * sentence is only called foreign when it holds more function words of the detected language
 * than of the declared one. Words shared by several languages may appear in several lists; they
 * then add to both sides and cancel out.
 */

const LISTS: Readonly<Record<string, string>> = {
  eng: `the a an and or but of to in on at for with by from as is are was were be been being it its
    this that these those you your yours they them their we our he she his her not do does don can
    will would should could if when how what which who there have has had more than into up out
    about so each all any after before during while also may then until over under`,
  spa: `de la el los las y en que un una unos unas por para con del al se su sus es son no lo le les
    o pero si más como durante cada muy sin sobre entre este esta estos usted ustedes hasta
    también cuando puede debe hay a mientras`,
  fra: `de la le les des et en un une du est sont pour que qui dans sur pas par au aux avec ce ces
    cette vous votre vos il elle nous ne se mais ou si son sa ses l d qu j à être plus pendant
    chaque très sans entre`,
  deu: `der die das und ist nicht ein eine einen einem zu mit sich den dem des auf für von im sie es
    auch bei wenn oder aber nach wie ihre ihr sind werden wird kann noch nur um über vor aus
    sollten während jede sehr ohne zwischen`,
  por: `de a o os as e do da dos das em no na nos nas um uma que para com por se não mais ao à seu
    sua seus suas como durante sem ou muito você pode deve entre cada também quando até`,
  ita: `il lo la gli le di e è che un una uno per con del della dei delle al alla nel nella non si
    da come più ma o se sono questo questa durante ogni tra fra anche sul sulla molto senza`,
  nld: `de het een en van niet op te dat die met voor zijn aan je u uw er ook als bij maar om dan
    naar wordt kan tijdens deze dit wat hoe geen zich worden`,
  afr: `die en van nie het te op vir met dat word wat jy jou sy ook om aan na maar kan hulle ons
    tydens hierdie baie is in`,
  vie: `và của là có không được trong những các một cho với này người khi để thì đã sẽ bạn hãy lên
    ra vào từ như nếu hoặc rất cũng nhưng đến`,
  swh: `na ya wa kwa za la ni katika cha kama hii huo hiyo kwamba lakini au pia sana wakati baada
    kabla kuwa yako wako zako`,
  zul: `na ukuthi uma futhi kodwa noma kanye lapho ngoba kakhulu ngesikhathi lokhu le lo kule njalo
    yakho wakho kusukela`,
  xho: `ukuba kwaye xa kodwa okanye kuba ngoko kule le lo ukuze kakhulu ngexesha apho nje yakho
    wakho`,
  som: `waa iyo ku ka oo ee ay la u aan ah ayaa si kale mid ama laakiin haddii wuxuu waxay ugu kuu
    inta marka`,
  yor: `ati ni ti si fun lati pe awọn wọn rẹ ṣe bi tabi nigba ninu yii naa kò kí sí ní tí`,
  hau: `da ba na ta ya wannan ne ce su kuma amma idan cikin zuwa daga kan ko yana tana suna don
    lokacin`,
  ibo: `na ka nke ya ga ma ndị mgbe maka ihe ebe nwere bụ dị gị ọ ha`,
  rus: `и в не на что с по как это для или если при к до от вы то же так уже все его она он но из
    за чтобы можно нужно во время`,
  ukr: `і й та у в не на що з із по як це для або якщо при до від ви вже все його вона він але за
    щоб можна потрібно під час`,
};

const SETS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(LISTS).map(([code, words]) => [code, new Set(words.split(/\s+/u).filter(Boolean))]),
);

/**
 * Count the words of `text` (NFC, lower-cased, split on anything that is not a letter or mark)
 * that are function words of the language `code`; 0 when no list exists.
 */
/** Function-word counts of every listed language in one pass over the words. */
export function countAllFunctionWords(text: string, codes: readonly string[]): Map<string, number> {
  const counts = new Map(codes.map((code) => [code, 0]));
  const sets = codes.map((code) => [code, SETS.get(code)] as const);
  for (const word of text.normalize('NFC').toLowerCase().split(/[^\p{L}\p{M}]+/u)) {
    if (word === '') continue;
    for (const [code, set] of sets) if (set?.has(word)) counts.set(code, counts.get(code)! + 1);
  }
  return counts;
}
