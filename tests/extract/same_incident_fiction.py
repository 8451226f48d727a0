"""Fiction written for sitreps: four patterns of how an article tells one incident or several, five
articles each in different voices (wire, local paper, live page, NGO digest, round-up), for
``extract.same_incident`` and the rules' consolidation it sits behind. Each article comes with the words
that must fall in one incident (``ONE_*``) or in different incidents (``TWO_STRIKES``, ``MEANWHILE``)."""

ONE_STRIKE = [  # a strike told in the headline, the lead and a quote with other verbs: one row
    "Drone strike hits market in Kramatorsk\n\nA Russian drone struck a crowded market in Kramatorsk on "
    "Tuesday morning, "
    "killing four people, regional officials said. \"The drone slammed into the stalls just as people were shopping,\" "
    "said Olena Marchuk, a trader who survived.",
    "Airstrike pounds village near Kidal\n\nMalian army jets bombed a village near Kidal on Sunday, killing "
    "at least nine "
    "civilians, residents told reporters. \"The planes hit the houses one after the other,\" a village elder said.",
    "KHARTOUM (Wire) - Army warplanes raided a neighbourhood of Omdurman on Friday, killing 11 people, a local monitor "
    "said. The bombing flattened several homes. \"We heard the jets and then the roofs came down,\" one resident said.",
    "Live: Israeli strike on Rafah\n\n09:40 An Israeli air strike hit a house in Rafah overnight, killing six "
    "members of "
    "one family, the health ministry said. 10:15 \"The missile tore through the second floor,\" a neighbour told us.",
    "Shelling kills three in Kherson\n\nRussian artillery shelled a residential street in Kherson on Monday, killing "
    "three people, the regional governor said. \"The shells landed while people were queuing for bread,\" he said.",
]
ONE_BATTLE = [  # a clash where an air or drone strike backs one side: one battle, one row
    "Troops and militants fight for Kidal\n\nMalian soldiers clashed with rebels of the CSP in Kidal on "
    "Tuesday, the army "
    "said. During the fighting, army drones struck rebel positions on the edge of the town. At least 15 fighters died.",
    "Heavy fighting in Bakhmut\n\nUkrainian and Russian forces fought street by street in Bakhmut on Sunday, officials "
    "said. Russian jets bombed Ukrainian positions in the town to support the assault, the Ukrainian army said.",
    "El Fasher battle rages\n\nThe Sudanese army and the Rapid Support Forces battled for control of El "
    "Fasher on Monday, "
    "witnesses said. Army aircraft bombed RSF fighters during the battle, a local resistance committee reported.",
    "MAIDUGURI (Local) - Soldiers repelled an attack by Boko Haram fighters on a base in Monguno on Friday. "
    "As the gunfight "
    "went on, air force jets struck the insurgents, killing dozens of them, a military source said.",
    "Clashes near Goma\n\nM23 rebels and the Congolese army fought near Sake on Wednesday, residents said. "
    "Army helicopters "
    "fired rockets at rebel positions during the clashes, a local official said.",
]
TWO_STRIKES = [  # two strikes of one round-up: two rows
    "Round-up: Russian drones hit Kharkiv and Odesa\n\nIn Kharkiv, a drone struck an apartment block on "
    "Tuesday, killing "
    "two people. In Odesa, a separate drone attack on Tuesday hit a port warehouse, injuring five workers.",
    "Gaza: strikes on Khan Younis and Jabalia\n\nAn Israeli air strike on a tent camp in Khan Younis killed "
    "seven people "
    "on Monday. Hours later, another air strike hit a school in Jabalia, killing four, the civil defence said.",
    "Sudan daily brief\n\nOn Sunday, RSF shelling of Omdurman killed five civilians. In El Obeid, army "
    "warplanes bombed an "
    "RSF convoy on Sunday, killing 12 fighters, according to a local monitor.",
    "Sahel security digest (NGO)\n\nA drone strike on a wedding in Tillaberi killed 14 people on 3 May. A second drone "
    "strike, in Menaka in Mali on 5 May, killed three herders.",
    "Yemen\n\nHouthi fighters fired a missile at a ship off Hodeidah on Thursday. On Saturday, US jets bombed "
    "a radar site "
    "near Saada, the US military said.",
]
MEANWHILE = [  # "meanwhile in X": two rows
    "Gunmen attacked a village in Zamfara on Tuesday, killing 20 people, police said. Meanwhile in Kaduna, bandits "
    "kidnapped 30 students from a school.",
    "Russian missiles hit Dnipro on Monday, killing three people. Meanwhile, in Sumy, Ukrainian drones struck a fuel "
    "depot across the border in Kursk.",
    "Police fired tear gas at protesters in Nairobi on Thursday. Meanwhile in Mombasa, rioters torched a police post.",
    "An IED exploded under a bus in Quetta on Friday, killing six passengers. Meanwhile, in Peshawar, gunmen shot dead "
    "two policemen at a checkpoint.",
    "Israeli jets bombed a house in Gaza City on Sunday, killing five. Meanwhile in the West Bank, settlers attacked a "
    "village near Nablus, torching cars.",
]

# The words of each article above, in its order: those of ONE_* tell one incident, the two of the others two.
ONE_STRIKE_WORDS = [("struck", "Drone strike", "slammed"), ("bombed", "hit the houses"), ("killing 11", "bombing"),
                    ("air strike", "tore"), ("shelled", "Shelling", "shells landed")]
ONE_BATTLE_WORDS = [("clashed", "drones struck"), ("fought", "bombed"), ("battled", "bombed"),
                    ("gunfight", "struck"), ("fought", "fired rockets")]
TWO_STRIKES_WORDS = [("drone struck", "drone attack"), ("air strike on", "another air strike"), ("shelling", "bombed"),
                     ("drone strike on", "second drone"), ("fired a missile", "bombed")]
MEANWHILE_WORDS = [("attacked", "kidnapped"), ("missiles hit", "drones struck"), ("tear gas", "torched"),
                   ("IED", "shot dead"), ("bombed", "settlers attacked")]
