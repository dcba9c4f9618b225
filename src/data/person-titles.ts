/**
 * Honorifics, titles and roles that stand before or beside a person's name in
 * news writing. General knowledge of English and of British, American and
 * international news style (no third-party list copied); MIT, as the rest of
 * nutgraf. Lists are white-space separated words unless said otherwise;
 * matching is case-insensitive and ignores a final full stop ("Dr." = "Dr").
 */

/**
 * Honorifics: kept apart from roles (`Person.honorific`), with the gender they
 * imply (`m`, `f`, or `-` for none). One `word gender canonical` a line.
 */
export const honorifics = `
mr m Mr
mister m Mr
mrs f Mrs
ms f Ms
miss f Miss
mx - Mx
dr - Dr
doctor - Dr
sir m Sir
dame f Dame
lord m Lord
lady f Lady
baroness f Baroness
baron m Baron
viscount m Viscount
earl m Earl
duke m Duke
duchess f Duchess
prince m Prince
princess f Princess
king m King
queen f Queen
sheikh m Sheikh
sheikha f Sheikha
rev - Rev
revd - Revd
reverend - Reverend
fr m Fr
father m Father
sister f Sister
brother m Brother
rabbi - Rabbi
imam m Imam
cardinal m Cardinal
bishop - Bishop
archbishop - Archbishop
pope m Pope
prof - Prof
professor - Professor
mme f Mme
mlle f Mlle
monsieur m Monsieur
madame f Madame
herr m Herr
frau f Frau
senor m Senor
señor m Señor
senora f Senora
señora f Señora
signor m Signor
signora f Signora
`

/**
 * Role heads: the word that ends a title before a name ("Defence Secretary",
 * "President", "coach", "Gen."). Abbreviations are listed without their stop.
 * British police ranks are there as crime reports abbreviate them ("DCI",
 * "DCS", "Insp"), but not "DI", "DS" or "DC": "Di" opens surnames ("Di
 * Natale"), and "DS" and "DC" name products, firms and places ("Nintendo
 * DS", "DS Smith", "Washington DC").
 */
export const roleHeads = `
president vice-president vicepresident premier chancellor vice-chancellor minister ministers
secretary secretary-general undersecretary under-secretary spokesman spokeswoman spokesperson
senator sen congressman congresswoman congressperson representative rep assemblyman assemblywoman
councillor councilor alderman mayor governor gov lieutenant lt deputy speaker leader chairman
chairwoman chair chairperson ceo cfo coo cto founder co-founder cofounder director head chief
commissioner ambassador envoy consul attorney attorney-general solicitor solicitor-general
advocate-general prosecutor judge justice magistrate sheriff inspector superintendent supt
detective det constable sergeant sgt sergeant-major officer commander cmdr commodore admiral adm
general gen major maj colonel col captain capt brigadier corporal cpl private pte marshal
field-marshal major-general lieutenant-general lieutenant-colonel brigadier-general vice-admiral
rear-admiral lieutenant-commander air-marshal air-commodore lance-corporal chaplain president-elect prime-minister mp mep msp lawmaker legislator
whip treasurer comptroller auditor registrar provost dean rector principal headteacher
headmaster headmistress teacher lecturer researcher scientist professor prof economist analyst
strategist adviser advisor aide consultant campaigner activist lawyer barrister solicitor attorney
counsel partner executive manager coach trainer striker midfielder defender goalkeeper keeper
forward winger captain skipper batsman bowler all-rounder pitcher quarterback player driver
rider cyclist boxer runner sprinter swimmer golfer champion referee umpire owner chef editor
journalist correspondent reporter columnist presenter anchor host broadcaster author writer
novelist poet playwright director producer actor actress singer rapper musician guitarist
drummer composer artist designer architect photographer filmmaker comedian star model
historian philosopher biologist physicist chemist astronaut pilot engineer surgeon physician
nurse doctor dentist psychiatrist psychologist pathologist coroner paramedic firefighter
policeman policewoman businessman businesswoman entrepreneur investor banker billionaire
millionaire tycoon magnate mogul heiress heir emperor empress tsar czar king queen monarch
regent pharaoh sultan emir shah ayatollah pontiff patriarch archbishop bishop cardinal pastor
priest vicar minister chairman dictator warlord commander-in-chief generalissimo chancellor
premier taoiseach tanaiste first-minister commandant sec secy gm md ombudsman laureate
illustrator cartoonist cosplayer coauthor co-author creator co-creator member student pupil
graduate volunteer employee official diplomat negotiator mediator blogger vlogger youtuber
influencer podcaster campaigner organiser organizer protester demonstrator survivor witness
forecaster meteorologist commentator pundit boss substitute grandee cllr pc
insp dci dcs dsu recorder examiner pres amb atty
victim suspect defendant plaintiff claimant whistleblower defector dissident refugee
editor-in-chief chief-of-staff mathematician statistician astronomer geologist archaeologist
anthropologist sociologist linguist accountant pharmacist veterinarian midwife carer electrician
plumber mechanic technician programmer surveyor librarian curator archivist translator
interpreter dancer choreographer conductor pianist violinist cellist saxophonist bassist
vocalist songwriter sculptor animator essayist biographer satirist magician therapist
counsellor counselor soldier sailor airman paratrooper medic imam rabbi monk nun athlete
gymnast skier wrestler jockey lobbyist publicist waiter waitress bartender cashier receptionist
dj deejay
`

/**
 * Words that qualify a role in time ("former Defence Secretary", "incoming
 * President"): kept in `Person.roleQualifiers`, not in the role.
 */
export const roleQualifiers = `
former incoming outgoing acting interim then late ex- retiring departing caretaker designate
`

/**
 * Words that build a role before its head ("Defence Secretary", "Prime
 * Minister", "Shadow Home Secretary"), lower-cased: offices, departments and
 * ranks. A title is a run of these and role heads that ends in a head.
 */
export const roleModifiers = `
prime vice deputy assistant associate shadow junior senior chief executive general attorney
financial operating information marketing commercial investment strategy risk compliance
revenue nursing
foreign home defence defense health education justice finance treasury trade business
industry energy environment climate transport transportation culture media sport sports
housing communities work works pensions labour labor employment interior exterior state
homeland security veterans agriculture fisheries food rural affairs northern ireland scotland
scottish wales welsh international development digital science technology innovation
equalities women children family families immigration migration border armed forces
cabinet office foreign-affairs economy economic commerce tourism infrastructure planning
local government public services social care mental police policing fire prisons courts
constitutional european brexit levelling up net zero water legal solicitor majority minority
house senate party national regional county city district county-council parliamentary
presidential royal first second principal special private press communications
policy political research lead founding managing non-executive nonexecutive head team
club world olympic head-of-state technical sporting football cricket rugby tennis
commons lords opposition government ministerial union trade-union navy army air naval
military intelligence defence-intelligence crown high supreme appeals district federal
circuit magistrates county-court medical clinical scientific artistic creative editorial
veteran longtime long-time council
`

/**
 * Post-nominal letters and degrees written after a name ("Ann Lee KC",
 * "Tom Cole OBE", "an M.Sc. student"): no part of the name, and no name
 * alone. British honours and professional letters, and common academic
 * degrees, as news style writes them; lower-cased, without a final stop.
 */
export const postNominals = `
kc qc mp msp mla mpp mep td jp obe mbe cbe kbe dbe gbe kcb kcmg frs freng fba
phd ph.d dphil d.phil msc m.sc mba m.b.a bsc b.sc llb ll.b llm ll.m esq
`

/**
 * Role heads that are common surnames too, in English or elsewhere ("Stephen
 * King", "Anil Shah", "Amartya Sen", "Tom Singer"): after a word that is no
 * known given name they may still end a name. White-space separated.
 */
export const surnameLikeRoleHeads = `
chancellor speaker head chief judge justice sheriff constable marshal major dean rector coach
keeper player driver rider runner champion host singer king queen sultan shah emir bishop
cardinal pastor priest monk chef boxer sen
`

/**
 * Titles of monarchs and popes, after which "I" is a regnal number ("Queen
 * Mary I", "Pope Leo I") rather than the pronoun. White-space separated.
 */
export const regnalTitles = `
king queen emperor empress pope tsar czar tsarina kaiser sultan shah pharaoh
`
