/**
 * Common given names from outside the English-speaking world that news
 * writing meets often (Arabic, Persian, Turkish, South Asian, East Asian,
 * Slavic, Romance, Germanic, Nordic, African), to add to the Moby lists in
 * `given-names.ts`. General knowledge (no third-party list copied); MIT, as
 * the rest of nutgraf. Spellings with diacritics are listed as written
 * ("Zoë", "Seán", "Łukasz"), as news copy keeps them. One line a group: the
 * gender (`m`, `f` or `u`) and then the names. Chinese and Korean family
 * names, which open a name written in that order ("Liu Siying", "Park
 * Geun-hye"), are listed as `u`: they say nothing of the person's gender.
 */
export const worldGivenNames = `
m Mohammed Muhammad Mohammad Mohamed Muhammed Mohamad Ahmed Ahmad Ali Hassan Hasan Hussein Husain Hussain
m Omar Umar Abdul Abdullah Abdallah Abdel Abdulaziz Abdulrahman Khalid Khaled Tariq Tarek Youssef Yusuf Yousef
m Ibrahim Ismail Mustafa Mostafa Mahmoud Mahmud Hamid Hamad Hamdan Rashid Rashed Said Saeed Salman Sultan
m Faisal Fahad Nasser Nasir Walid Waleed Karim Kareem Samir Sami Nabil Adel Amir Amin Anwar Ayman Bashar
m Jamal Kamal Majid Mansour Marwan Osama Qasim Rami Riyad Saad Saleh Tamim Ziad Zayed Bilal Idris Hamza
m Reza Mehdi Mahdi Hossein Javad Abbas Akbar Ebrahim Hamdullah Ashraf Alireza Masoud Mohsen Hassan Nader
m Recep Tayyip Ahmet Mehmet Mustafa Kemal Emre Murat Cem Burak Kaan Selim Volkan Erdal Ekrem Binali
m Narendra Rahul Rajiv Sanjay Vijay Amit Anil Arvind Ashok Manmohan Rishi Sunil Sachin Virat Rohit Imran Nawaz
m Shehbaz Asif Zulfikar Pervez Rajesh Ramesh Suresh Mukesh Ratan Gautam Arjun Vikram Deepak Ajay Anand
u Xi Li Wang Zhang Liu Chen Yang Huang Zhao Zhou Wu
m Jinping Keqiang Qiang Wei Jun Ming Hao Lei Tao Jian
u Kim Park Lee Moon Yoon Shin
m Jae Jong Sung Seok Hyun Ho Dong Woo Chan Hwan Kyung
u Min Hee Joo
m Shinzo Fumio Yoshihide Junichiro Taro Hiroshi Takashi Kenji Akira Satoshi Haruki Naoki Shigeru
m Vladimir Dmitry Dmitri Sergei Sergey Alexei Alexey Aleksandr Alexander Mikhail Nikolai Ivan Igor Oleg
m Yevgeny Yevgeniy Yuri Boris Pavel Andrei Andrey Viktor Anatoly Gennady Ramzan Vitali Vitaly Arseniy
m Volodymyr Petro Oleksandr Oleksiy Andriy Mykola Mykhailo Taras Bohdan Vadym Dmytro Valerii Kyrylo Rustem
m Lech Jaroslaw Andrzej Donald Mateusz Tomasz Krzysztof Piotr Pawel Wojciech Marek Jerzy Zbigniew
m Viktor Janos Zoltan Laszlo Vaclav Milos Aleksandar Slobodan Zoran Goran Dragan Nikola Milorad
m Emmanuel Francois Jacques Nicolas Jean Pierre Michel Philippe Alain Laurent Olivier Thierry Gerald Gérald
m Didier Kylian Antoine Benoit Benoît Francois Fabien Hugo Jules Lucas Mathieu Sebastien Sébastien Yannick
m Olaf Friedrich Helmut Gerhard Wolfgang Jurgen Jürgen Joachim Markus Christian Lars Boris Heiko
m Horst Frank Stefan Uwe Dieter Klaus Manfred Hans Karl Kurt Olaf Thilo Sigmar Armin
m Matteo Silvio Mario Giuseppe Sergio Romano Enrico Paolo Luigi Gianni Luca Marco Giovanni
m Francesco Alessandro Roberto Claudio Nunzio Fabio Massimo Stefano Andrea Antonio Carlo Dario
m Pedro Pablo Mariano Felipe Jose José Juan Carlos Luis Miguel Javier Alberto Santiago Alejandro
m Andres Andrés Emilio Fernando Ricardo Raul Raúl Sergio Diego Hernan Hernán Jorge Nicolas Gustavo
m Lula Jair Luiz Inacio Inácio Neymar Ronaldo Cristiano Rui Joao João Marcelo Nuno Antonio
m Mark Geert Dries Eden Thibaut Romelu Kevin Jan Joost Wout Bart Pieter Jens Henrik Magnus Anders
m Erik Stefan Ulf Olof Lars Sven Bjorn Björn Jonas Jonas Sauli Juha Antti Petteri
m Nelson Cyril Jacob Thabo Uhuru William Paul Yoweri Abiy Muhammadu Bola Goodluck Olusegun Kwame
m Nana Emmerson Robert Jomo Raila Julius Laurent Felix Félix Macky Alassane Idriss Isaias
m Benjamin Binyamin Yair Naftali Isaac Yitzhak Shimon Ehud Ariel Avigdor Benny Gideon Moshe Yoav
m Mahmoud Yasser Ismail Marwan Yahya Mohammed
m Justin Stephen Jean-Yves Jean-Luc Jean-Marie Jean-Pierre Jean-Claude Jean-Michel Jean-Paul
m Kier Keir Rishi Sadiq Nadhim Kwasi Nigel Jeremy Boris Michael
m Joe Barack Donald Mike Chuck Mitch Ron Rick Ted Marco Bernie Hakeem Pete Tim JD
f Giorgia Ursula Angela Annalena Christine Marine Segolene Ségolène Anne Brigitte Mette Sanna Jacinda
f Theresa Liz Kemi Suella Yvette Rachel Angela Bridget Nadine Priti Penny Shabana Lisa
f Kamala Hillary Nancy Alexandria Ilhan Rashida Elizabeth Nikki Kristi Sarah Tulsi Kirsten Amy
f Yulia Yuliya Svetlana Natalia Natalya Olga Irina Tatiana Tatyana Elena Maria Marina Anastasia
f Oksana Olena Iryna Yulia Kateryna Viktoria Halyna Ludmila Lyudmila Valentina Ekaterina Daria
f Benazir Indira Sonia Priyanka Mamata Nirmala Smriti Sushma Malala Maryam Fatima Fatema Aisha Ayesha
f Amina Mariam Layla Leila Nour Noor Rania Yasmin Yasmine Zainab Zahra Khadija Salma Huda Hana
f Mehbooba Hasina Khaleda Aung Ing-wen Yingluck Megawati Corazon Gloria Imelda
f Michelle Melania Jill Ivanka Laura Barbara Rosalynn Hillary Martha Abigail
f Ngozi Ellen Joyce Graca Graça Winnie Wangari Chimamanda Samia
f Golda Tzipi Ayelet Miri
f Dilma Cristina Michelle Claudia Xiomara Gabriela Isabel Carmen Pilar Rocio Rocío Lucia Lucía
f Giulia Chiara Francesca Alessandra Federica Elisabetta Stefania Laura Paola Roberta Emma
u Sasha Nikita Kim Jin Yan Min Hui Ying Jing Xin Lin Yu
m François Jérôme Benoît Stéphane Frédéric Rémi René André Hervé Loïc Gaël Joël Noël Raphaël
m Mickaël Jérémy Éric Émile Émilien Théo Léo Clément Grégoire Honoré Aurélien Maël
m Søren Jørgen Bjørn Øystein Ståle Håkon Jürgen Günter Günther Jörg Jörn Björn Sönke
m Iñaki Iñigo Jesús Ramón Óscar Julián Rubén Sebastián Adrián Martín Tomás Nicolás Víctor
m Joaquín Ángel Álvaro Andrés Raúl Hernán Germán Simón Estêvão Sérgio Fábio Márcio Flávio
m Seán Pádraig Éamon Ciarán Dónal Tadhg Ruairí Mícheál Diarmuid Cathal Oisín
m Łukasz Paweł Wojciech Zbigniew Stanisław Józef Bartłomiej Václav Jiří Tomáš Miloš Zdeněk
m Lubomír Dušan Željko Zoltán Ádám Péter Gergely Ștefan Çağlar Gökhan Şükrü Barış Uğur
f Zoë Chloë Chloé Zoé Noémie Hélène Élise Élodie Renée Mélanie Céline Amélie Inès Léa Anaïs
f Agnès Solène Frédérique Clémence Maëlle Mathilde Gaëlle Bénédicte Françoise Geneviève
f Åsa Ingrid Sigrún Björk Guðrún Jóhanna María Sofía Mónica Verónica Belén Begoña Ángela
f Siobhán Aoife Síle Róisín Máire Bríd Caoimhe Niamh Sinéad Áine Éabha Clodagh Gráinne
f Małgorzata Agnieszka Żaneta Katarzyna Bożena Jitka Zuzana Věra Dagmar Ágnes Zsófia
`
