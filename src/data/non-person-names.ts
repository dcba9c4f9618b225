/**
 * Capitalised words and names that are not people in news writing:
 * organisations and their cue words, news outlets, parties and institutions,
 * places, nationalities, months and days, and the capitalised function words
 * that start sentences. General knowledge of English and of news writing (no
 * third-party list copied); MIT, as the rest of nutgraf. Lists are one entry
 * a line (entries may have several words) or white-space separated single
 * words, as said above each; matching is case-insensitive.
 */

/**
 * Words that make a capitalised run an organisation, place, event, building,
 * law or work rather than a person ("Ministry of Defence", "Ukraine Bill",
 * "Grace Road", "The Times"). White-space separated.
 */
export const organisationCueWords = `
ministry department dept office council committee commission board authority agency bureau
service services institute institution university college school academy hospital clinic
trust foundation fund charity society association federation union league club team squad
party parliament assembly congress senate cabinet government administration regime court
tribunal police army navy force forces corps brigade regiment battalion command guard
company co corp corporation inc ltd plc llc group holdings industries bank airlines airline
airways motors systems technologies labs studios records entertainment media network
networks channel radio tv television news times post journal herald gazette telegraph
tribune chronicle observer guardian mail mirror express standard independent star sun
record review magazine press wire reuters bloomberg
bill act treaty accord agreement convention charter law directive code protocol
street st road rd avenue ave lane boulevard square place drive way bridge tower towers hall
centre center stadium arena park gardens garden palace castle cathedral church chapel mosque
temple abbey station airport port harbour harbor terminal hotel theatre theater museum
gallery library market mall building house estate island islands mountains mountain mount
river lake sea ocean bay gulf coast valley desert forest county province state states region
district city town village borough republic kingdom empire emirates federation
festival games olympics championship championships cup trophy open series tournament
classic invitational course hole treasuries
league premiership prize award awards awards conference summit forum expo show war
campaign operation project programme program initiative plan scheme strategy report
study survey inquiry enquiry
index exchange market markets fc afc rfc united rovers city wanderers athletic
cap festival day week month year era age dynasty church diocese parish order
movement alliance coalition front brigade network centre council
world weekly daily monthly quarterly wars cross
sa ag nv spa gmbh bros ab asa oy bhd pte llp lp kk pty
dam plant factory mill mine works refinery reactor pipeline canal tunnel railway line
springs falls heights beach creek canyon peninsula memorial medal
water energy power gas rail telecom pharma pharmaceuticals foods insurance capital partners
ventures logistics
slam bowl globe globes prix marathon crown dem dems lords mps
securities research interactive wholesale stores arts reserve
rifles highlanders fusiliers dragoons hussars lancers commandos grenadiers
sharks bulls tigers lions warriors wasps falcons eagles wolves bears saints dragons rhinos
giants panthers broncos chiefs kings
sox rangers albion hotspur yankees mets dodgers cubs jets knicks lakers celtics patriots
steelers packers raiders cowboys ravens seahawks bruins canucks blackhawks leafs
sc sk sv fk nk vfb vfl tsv ssc colts
zoo aquarium prison jail gaol penitentiary gown dress
cape crater glacier volcano fjord straits archipelago lagoon wharf quay dock docks
borussia eintracht hertha werder bayern schalke celta deportivo olympique atletico
highway motorway freeway expressway turnpike parkway point
skirt sneakers sandals jacket blazer jumpsuit bikini swimsuit handbag shirt shirts trousers jeans
spurs gunners hammers magpies toffees cavaliers
fort ft mt democrats republicans tories
farm farms international infirmary restaurant productions crew kibbutz moshav
real utd complex unit units headquarters hq organisation organization system registry archive
archives resources cafe cafes
sport sports capitol national juniors promotions test tests stakes infantry
crisis jubilee area zone railroad suites racecourse campground observatory laboratory tax
royals old moor inter
liga deutsche
`

/**
 * Whole names that are not people: outlets, parties, institutions, bodies,
 * groups and companies that news writing names bare, among them companies
 * and clubs named after people ("Morgan Stanley", "Aston Villa"), national
 * news agencies that stories cite ("Xinhua said", "Interfax reported"), and
 * "the Fed". One a line.
 */
export const organisationNames = `
morgan stanley
goldman sachs
wells fargo
charles schwab
merrill lynch
lehman brothers
dow jones
john lewis
louis vuitton
calvin klein
ralph lauren
tommy hilfiger
estee lauder
estée lauder
hugo boss
christian dior
yves saint laurent
ted baker
jimmy choo
tim hortons
aston martin
jp morgan
jpmorgan
jpmorgan chase
jp morgan chase
lockheed martin
hewlett packard
hewlett-packard
neiman marcus
dow chemical
alfa romeo
sony ericsson
cadbury schweppes
bayer leverkusen
harley-davidson
rolls-royce
walt disney
warner bros
warner brothers
virgin atlantic
virgin media
aston villa
tottenham hotspur
the times
the sunday times
the guardian
the observer
the independent
the telegraph
the economist
the sun
the mirror
the new york times
the washington post
the wall street journal
new york times
washington post
wall street journal
financial times
daily mail
mail online
daily telegraph
daily express
daily mirror
evening standard
le monde
le figaro
le parisien
le matin
la stampa
la repubblica
el país
el pais
el mundo
metro
gb news
sky news
bbc news
bbc
itv
bt
itv news
channel 4
channel 4 news
lbc
times radio
cnn
fox news
msnbc
cbs
nbc
abc
npr
pbs
reuters
associated press
agence france-presse
bloomberg
politico
axios
buzzfeed
vice
al jazeera
wikinews
wikipedia
twitter
facebook
instagram
youtube
tiktok
google
microsoft
apple
amazon
meta
netflix
tesla
nasa
nato
un
eu
united nations
european union
european commission
world health organization
world health organisation
red cross
red crescent
amnesty international
human rights watch
labour
conservatives
conservative
tories
tory
lib dems
liberal democrats
liberal democrat
democrats
democrat
republicans
republican
greens
reform uk
snp
plaid cymru
sinn fein
sinn féin
dup
ukip
kremlin
pentagon
white house
downing street
whitehall
westminster
the commons
commons
house of commons
house of lords
lords
the lords
the government
government
parliament
congress
senate
nhs
treasury
home office
foreign office
the cabinet
cabinet
ofsted
ofcom
hamas
hezbollah
taliban
isis
daesh
al-qaeda
interpol
fifa
uefa
fa
ac milan
nascar
boeing
ryanair
toyota
hyundai
chevrolet
nissan
volkswagen
bmw
audi
mazda
subaru
peugeot
fiat
volvo
ioc
scientology
anonymous
internet
xinhua
interfax
kyodo
yonhap
bernama
antara
anadolu
tanjug
jiji
agerpres
notimex
ria novosti
itar-tass
prensa latina
wafa
fed
al qaeda
al-shabaab
al shabaab
al-nusra
al nusra
boko haram
islamic state
`

/**
 * Countries, regions, major cities and areas that news writing names bare
 * and that are also capitalised like surnames ("Kyiv", "Yorkshire"), and
 * cities named after saints, whose words are given names ("San Diego",
 * "St Louis"); the list ends with the countries and territories of ISO
 * 3166-1 (English short names) that news names bare and the lines above do
 * not hold, as runs of capitalised words ("Bosnia", "Herzegovina" for
 * "Bosnia and Herzegovina"), then their capitals, which news writes for
 * governments ("Helsinki said"); capitals that are also common words or
 * names ("Male", "Victoria", "Kingston", "Colombo", "Sucre", "Bern",
 * "Moroni") are left out. One a line.
 */
export const placeNames = `
san diego
san antonio
san jose
san juan
san salvador
santa monica
santa barbara
santa clara
santa cruz
santa fe
santo domingo
st louis
saint louis
st paul
saint paul
fort worth
fort lauderdale
port louis
afghanistan
albania
algeria
america
andorra
angola
argentina
armenia
australia
austria
azerbaijan
bahamas
bahrain
bangladesh
barbados
belarus
belgium
belize
benin
bhutan
bolivia
bosnia
botswana
brazil
britain
great britain
brunei
bulgaria
burkina faso
burma
burundi
cambodia
cameroon
canada
chad
chile
china
colombia
congo
costa rica
croatia
cuba
cyprus
czechia
czech republic
denmark
djibouti
dominica
ecuador
egypt
el salvador
england
eritrea
estonia
eswatini
ethiopia
europe
fiji
finland
france
gabon
gambia
gaza
georgia
germany
ghana
greece
grenada
guatemala
guinea
guyana
haiti
honduras
hong kong
hungary
iceland
india
indonesia
iran
iraq
ireland
israel
italy
ivory coast
jamaica
japan
jordan
kazakhstan
kenya
kosovo
korea
north korea
south korea
kuwait
kyrgyzstan
laos
latvia
lebanon
lesotho
liberia
libya
liechtenstein
lithuania
luxembourg
madagascar
malawi
malaysia
maldives
mali
malta
mauritania
mauritius
mexico
moldova
monaco
mongolia
montenegro
morocco
mozambique
myanmar
namibia
nepal
netherlands
holland
new zealand
nicaragua
niger
nigeria
norway
oman
pakistan
palestine
panama
paraguay
peru
philippines
poland
portugal
qatar
romania
russia
rwanda
samoa
saudi arabia
scotland
senegal
serbia
seychelles
sierra leone
singapore
slovakia
slovenia
somalia
south africa
spain
sri lanka
sudan
south sudan
suriname
sweden
switzerland
syria
taiwan
tajikistan
tanzania
thailand
tibet
togo
tonga
trinidad
tunisia
turkey
türkiye
turkmenistan
uganda
ukraine
united kingdom
uk
united states
united states of america
us
usa
u.s.
u.k.
uruguay
uzbekistan
vanuatu
vatican
venezuela
vietnam
wales
west bank
yemen
zambia
zimbabwe
africa
asia
antarctica
arctic
oceania
middle east
latin america
north america
south america
central america
scandinavia
balkans
caribbean
crimea
chechnya
dagestan
ingushetia
abkhazia
ossetia
transnistria
kurdistan
darfur
donbas
donetsk
luhansk
kharkiv
kherson
odesa
odessa
mariupol
zaporizhzhia
bakhmut
kyiv
kiev
lviv
moscow
st petersburg
minsk
warsaw
berlin
paris
london
madrid
rome
lisbon
brussels
amsterdam
vienna
prague
budapest
bucharest
sofia
athens
ankara
istanbul
tehran
baghdad
damascus
beirut
jerusalem
tel aviv
cairo
riyadh
dubai
abu dhabi
doha
kabul
islamabad
karachi
lahore
delhi
new delhi
mumbai
kolkata
chennai
bangalore
dhaka
beijing
shanghai
hong kong
taipei
tokyo
osaka
seoul
pyongyang
manila
jakarta
bangkok
hanoi
singapore
sydney
melbourne
canberra
brisbane
perth
auckland
wellington
toronto
montreal
vancouver
ottawa
washington
new york
los angeles
chicago
houston
boston
philadelphia
san francisco
seattle
miami
atlanta
dallas
detroit
denver
las vegas
new orleans
mexico city
havana
caracas
bogota
lima
santiago
buenos aires
rio de janeiro
sao paulo
são paulo
brasilia
nairobi
lagos
johannesburg
cape town
addis ababa
khartoum
tripoli
tunis
algiers
rabat
dublin
belfast
edinburgh
glasgow
cardiff
manchester
birmingham
liverpool
leeds
sheffield
bristol
newcastle
nottingham
leicester
southampton
portsmouth
brighton
oxford
cambridge
yorkshire
lancashire
kent
essex
surrey
sussex
devon
cornwall
norfolk
suffolk
cumbria
northumberland
somerset
dorset
hampshire
durham
derbyshire
leicestershire
nottinghamshire
warwickshire
worcestershire
gloucestershire
northamptonshire
middlesex
glamorgan
ulster
texas
california
florida
new york state
ohio
michigan
pennsylvania
georgia
arizona
nevada
virginia
carolina
north carolina
south carolina
wisconsin
minnesota
iowa
alabama
alaska
hawaii
oregon
utah
colorado
illinois
indiana
kansas
kentucky
louisiana
maine
maryland
massachusetts
mississippi
missouri
montana
nebraska
oklahoma
tennessee
vermont
wyoming
idaho
delaware
connecticut
arkansas
new jersey
new mexico
new hampshire
rhode island
dakota
ontario
quebec
alberta
british columbia
queensland
victoria
tasmania
new south wales
bavaria
catalonia
siberia
sicily
tuscany
lombardy
normandy
provence
flanders
wallonia
kashmir
punjab
bengal
xinjiang
hokkaido
cape verde
central african republic
comoros
dominican republic
east timor
equatorial guinea
guinea-bissau
kiribati
marshall islands
micronesia
nauru
north macedonia
palau
papua new guinea
saint lucia
st lucia
saint kitts
st kitts
nevis
san marino
solomon islands
tuvalu
united arab emirates
antigua
barbuda
bosnia
herzegovina
trinidad
tobago
puerto rico
greenland
macau
gibraltar
bermuda
guam
abu ghraib
guantanamo bay
ground zero
ala
ariz
calif
colo
fla
kan
mich
minn
neb
nev
okla
tenn
wis
wyo
w.va
tirana
andorra la vella
luanda
yerevan
baku
nassau
manama
bridgetown
belmopan
porto-novo
thimphu
la paz
sarajevo
gaborone
bandar seri begawan
ouagadougou
gitega
phnom penh
yaounde
praia
bangui
n'djamena
kinshasa
brazzaville
zagreb
nicosia
copenhagen
roseau
dili
quito
malabo
asmara
tallinn
mbabane
suva
helsinki
libreville
banjul
tbilisi
accra
guatemala city
conakry
bissau
georgetown
port-au-prince
tegucigalpa
reykjavik
yamoussoukro
amman
astana
tarawa
pristina
kuwait city
bishkek
vientiane
riga
maseru
monrovia
vaduz
vilnius
antananarivo
lilongwe
kuala lumpur
bamako
valletta
majuro
nouakchott
palikir
chisinau
ulaanbaatar
podgorica
maputo
naypyidaw
windhoek
kathmandu
the hague
managua
niamey
abuja
skopje
oslo
muscat
ngerulmud
ramallah
panama city
port moresby
asuncion
kigali
basseterre
castries
kingstown
apia
sao tome
dakar
belgrade
freetown
bratislava
ljubljana
honiara
mogadishu
pretoria
juba
paramaribo
stockholm
dushanbe
dodoma
lome
nuku'alofa
port of spain
ashgabat
funafuti
kampala
montevideo
tashkent
port vila
sanaa
lusaka
harare
`

/**
 * Nationality and demonym words ("North Korean", "Ukrainians"), lower-cased;
 * a run made of them, or ending in one, is no name. White-space separated.
 */
export const nationalityWords = `
afghan albanian algerian american americans andorran angolan argentine argentinian armenian
australian austrian azerbaijani bahraini bangladeshi belarusian belgian beninese bolivian
bosnian brazilian british briton britons bulgarian burmese burundian cambodian cameroonian
canadian chadian chilean chinese colombian congolese croatian cuban cypriot czech danish dane
dominican dutch ecuadorian egyptian emirati english eritrean estonian ethiopian european
fijian filipino finnish french gabonese gambian georgian german ghanaian greek guatemalan
guinean haitian honduran hungarian icelandic indian indonesian iranian iraqi irish israeli
italian ivorian jamaican japanese jordanian kazakh kenyan korean kosovan kuwaiti kyrgyz lao
latvian lebanese liberian libyan lithuanian luxembourgish malagasy malawian malaysian maldivian
malian maltese mauritanian mexican moldovan mongolian montenegrin moroccan mozambican namibian
nepalese nepali nigerian nigerien norwegian omani pakistani palestinian panamanian paraguayan
peruvian polish portuguese qatari romanian russian rwandan saudi scottish scot scots senegalese
serbian singaporean slovak slovenian somali spanish spaniard sri lankan sudanese swedish swede
swiss syrian taiwanese tajik tanzanian thai togolese tunisian turkish turkmen ugandan
ukrainian uruguayan uzbek venezuelan vietnamese welsh yemeni zambian zimbabwean african asian
arab arabic latino latina hispanic caribbean scandinavian nordic baltic balkan soviet western
eastern northern southern north south east west central catholic protestant christian muslim
islamic jewish hindu sikh buddhist sunni shia shiite kurdish kurd kurds persian pashtun tamil
yiddish hebrew cantonese mandarin anglo gaelic celtic roman greek latin ottoman byzantine
zealander islander
`

/** Months, days and seasons, lower-cased. White-space separated. */
export const calendarWords = `
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
today tomorrow yesterday tonight christmas easter ramadan eid diwali hanukkah passover halloween
spring summer autumn winter
`

/**
 * Words that open the names of places, clubs and groups ("New Haven", "New
 * Labour", "San Bernardino", "São Paulo", "Port Talbot") and no person's
 * name of two words or more, unless a title or an honorific stands before
 * it ("Dr San Lwin"). "Santa" and "Santo" are left out: they are given
 * names too ("Santo Versace"). White-space separated.
 */
export const placeOpeningWords = `
new san sao são port
`

/**
 * Definite articles of German, Italian and Spanish that open the names of
 * papers, works, clubs and places in English news ("Der Spiegel", "Die
 * Hard", "Il Sole", "Los Blancos") and no person's name. ("La", "Le", "El"
 * and "Al" are left out: they open surnames and given names, "Le Pen", "El
 * Guerrouj", "Al Gore".) White-space separated.
 */
export const foreignArticles = `
der die il los las
`

/**
 * Capitalised words that start sentences or headlines and are never names:
 * function words, sentence adverbs and discourse words, lower-cased.
 * White-space separated.
 */
export const functionWords = `
a an the this that these those there here it its it's it’s i i'm i've i'd i'll i’m i’ve i’d i’ll we you they he she
him her his hers their theirs our ours my mine your yours me us them who whom whose which what
when where why how whether if unless while whilst although though because since as so than
then thus hence yet but and or nor not no yes all any some each every both either neither
many much more most few less least several such other another same own only just even also too
very quite rather almost already still again ever never always often sometimes now later soon
after before during until till up down in on at by for from to into onto upon of off out over
under above below between among amongst against across along around about through throughout
within without with via per like unlike despite towards toward beyond behind beside besides
however meanwhile moreover furthermore nevertheless nonetheless instead indeed otherwise
therefore accordingly consequently additionally overall finally firstly secondly lastly
earlier recently currently previously initially eventually ultimately perhaps maybe
is are was were be been being am has have had do does did can could would should must shall
might
nobody somebody anybody everybody no-one noone someone anyone everyone nothing something
anything everything none whoever whatever whichever whenever wherever
certainly clearly obviously apparently reportedly allegedly according speaking asked asking
announcing addressing writing talking responding explaining describing commenting noting
following including regarding concerning given having being getting making taking said says
told added claimed insisted warned stated declared explained noted argued suggested revealed
confirmed denied admitted replied announced described called urged welcome dear hello thanks
thank please sorry oh well ok okay yeah hey big small first last next top latest
breaking update updated live watch read more exclusive opinion analysis comment editorial
video photo photos picture pictures image images gallery advertisement sponsored
one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty
hundred hundreds thousand thousands million millions billion billions trillion dozen dozens

`

/**
 * Nouns for a business that news writes right before its name ("oil giant
 * Yukos", "leisure group Rank", "carmaker General Motors", "supermarket chain
 * Tesco"): the name after one is a company's, not a person's. Nouns that
 * also name a person's job ("broadcaster", "publisher", "producer") are left
 * out. General knowledge of business news writing.
 */
export const companyNouns = `
company companies firm firms group giant giants maker makers carmaker carmakers automaker
retailer retailers chain supermarket supermarkets bank banks lender lenders insurer insurers
airline airlines carrier conglomerate multinational brand label miner manufacturer supplier
distributor outfit startup start-up subsidiary subsidiaries business businesses provider
utility telecoms telecom
`

/**
 * Words that open the name of a weather system ("Storm Ida", "Hurricane
 * Katrina", "Typhoon Haiyan"): the name after them is the storm's, not a
 * person's. General knowledge of how meteorological services name storms.
 */
export const namedStormWords = `
storm hurricane typhoon cyclone
`

/**
 * Prefixes of ships' names ("HMS Queen Elizabeth", "USS Gerald R. Ford",
 * "RFA Argus"): the name after them is a ship's, even when it is a person's.
 * General knowledge of naval and merchant ship prefixes.
 */
export const shipPrefixes = `
hms hmas hmcs hmnzs uss usns rfa rms mv ss hmy
`
