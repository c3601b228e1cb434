/** Les Ateliers Vélo : un groupe francophone en bonne santé (réparation, vélo en ville). */
import {
  decorateLikes,
  finalizeMembers,
  generateThreads,
  GroupState,
  interleave,
  intBetween,
  md,
  mulberry32,
  type Pool,
  r,
  type RosterEntry,
  type SeedText,
  spreadDays,
  type ThreadPlan,
  type Weighted,
} from "./generate";
import type { SeedGroup, SeedThread } from "./types";
import { firstNames } from "./users";

const CREATED = 250;

const roster: RosterEntry[] = [
  { user: "julien", role: "owner", joinedDaysAgo: CREATED },
  { user: "organizer", role: "organizer", joinedDaysAgo: 247 },
  { user: "camille", role: "moderator", joinedDaysAgo: 248 },
  { user: "theo", role: "member", joinedDaysAgo: 240 },
  { user: "margaux", role: "member", joinedDaysAgo: 230 },
  { user: "nicolas", role: "member", joinedDaysAgo: 235 },
  { user: "lea", role: "member", joinedDaysAgo: 200 },
  { user: "hugo", role: "member", joinedDaysAgo: 190 },
  { user: "ines", role: "member", joinedDaysAgo: 180 },
  { user: "chloe", role: "member", joinedDaysAgo: 160 },
  { user: "samir", role: "member", joinedDaysAgo: 150 },
  { user: "amelie", role: "member", joinedDaysAgo: 220 },
  { user: "moderator", role: "member", joinedDaysAgo: 140 },
  { user: "diego", role: "member", joinedDaysAgo: 130 },
  { user: "elena", role: "member", joinedDaysAgo: 120 },
];

const weights: Weighted[] = [
  { key: "julien", weight: 6 },
  { key: "camille", weight: 4.5 },
  { key: "theo", weight: 5 },
  { key: "organizer", weight: 4.5 },
  { key: "margaux", weight: 4.5 },
  { key: "nicolas", weight: 4 },
  { key: "lea", weight: 4 },
  { key: "hugo", weight: 3.5 },
  { key: "ines", weight: 3.5 },
  { key: "chloe", weight: 3 },
  { key: "samir", weight: 3 },
  { key: "amelie", weight: 2 },
  { key: "moderator", weight: 2 },
  { key: "diego", weight: 1.5 },
  { key: "elena", weight: 1.5 },
];

const handWritten: SeedThread[] = [
  {
    key: "velo-bienvenue",
    title: "Bienvenue aux Ateliers Vélo : qui sommes-nous, comment ça marche ?",
    author: "julien",
    daysAgo: 248,
    pinned: true,
    body: md`
      Bonjour à toutes et à tous ! Les Ateliers Vélo, c'est un atelier participatif : on ne répare pas votre vélo **à votre place**, on vous aide à le réparer vous-même, avec nos outils et nos conseils.

      Ici, sur le groupe, on peut :

      - poser ses questions de mécanique (photos bienvenues) ;
      - partager des itinéraires tranquilles pour circuler en ville ;
      - s'organiser pour les permanences du samedi matin et les sorties.

      Petite règle : pas de question bête. Tout le monde a un jour monté une chambre à air à l'envers.
    `,
    replies: [
      r("camille", 2, md`
        Merci Julien ! Je rappelle que l'atelier est ouvert le samedi de 10 h à 13 h, et le mercredi soir quand il y a assez de bénévoles. L'adhésion est à prix libre.
      `),
      r("theo", 5, md`
        Salut tout le monde, Théo, je fais mes trajets boulot à vélo depuis trois ans et j'ai appris presque toute la mécanique ici. Si quelqu'un veut un coup de main pour un voile de roue, c'est mon truc préféré.
      `, [
        r("margaux", 3, "Ah génial, ma roue arrière frotte contre le patin depuis des semaines. Je passe samedi !"),
      ]),
    ],
  },

  {
    key: "velo-atelier-samedi",
    title: "Atelier participatif de samedi : qui vient, qu'est-ce qu'on prépare ?",
    author: "organizer",
    daysAgo: 3.1,
    body: md`
      Salut à tous ! Pour l'atelier de samedi (10 h – 13 h, local de la rue des Tanneurs), on a déjà six personnes inscrites avec des réparations prévues :

      - deux changements de câbles de frein ;
      - un réglage de dérailleur ;
      - une roue voilée ;
      - deux crevaisons « récalcitrantes ».

      Il nous faudrait au moins trois bénévoles pour accompagner tout le monde. Qui est dispo ? Et est-ce que quelqu'un peut passer prendre les câbles et les gaines commandés chez le grossiste vendredi ?
    `,
    replies: [
      r("theo", 1, md`
        Présent ! Je prends la roue voilée, évidemment. Je peux aussi ouvrir à 9 h 30 pour sortir les pieds d'atelier.
      `, [
        r("organizer", 0.5, "Parfait, merci Théo. Tu as toujours le double des clés ?"),
        r("theo", 0.7, "Oui, je l'ai. Pas de souci."),
      ]),
      r("camille", 2.5, md`
        Je viens aussi, je m'occupe des freins. Par contre je ne peux pas passer chez le grossiste vendredi, je travaille jusqu'à 19 h.
      `),
      r("samir", 4, md`
        Je peux aller chercher la commande vendredi midi, c'est à dix minutes de mon boulot. Il faut juste que quelqu'un me dise si c'est déjà payé ou pas.
      `, [
        r("julien", 1, "C'est payé, il suffit de donner le nom de l'association au comptoir. Merci Samir !"),
      ]),
      r("lea", 6, md`
        Question de débutante : est-ce que je peux venir juste pour apprendre, sans vélo à réparer ? J'aimerais être capable de réparer une crevaison toute seule d'ici quelques semaines.
      `, [
        r("camille", 1.5, md`
          > est-ce que je peux venir juste pour apprendre, sans vélo à réparer ?

          Bien sûr ! C'est même idéal : tu pourras aider sur les deux crevaisons de samedi. Une fois qu'on en a fait deux ou trois, c'est réglé pour la vie.
        `, [
          r("lea", 0.8, "Super, à samedi alors ! Merci pour l'accueil."),
        ]),
      ]),
      r("organizer", 20, md`
        Récap : Théo (roues), Camille (freins), moi (dérailleur et accueil), Samir récupère la commande, Léa vient apprendre les crevaisons. On est bons ! Pensez à apporter vos propres chiffons si vous en avez, on est à court.
      `),
    ],
  },

  {
    key: "velo-frein-disque-couine",
    title: "Mes freins à disque couinent dès qu'il pleut",
    author: "ines",
    daysAgo: 9.4,
    body: md`
      J'ai un vélo avec des freins à disque mécaniques, acheté d'occasion il y a six mois. Dès qu'il pleut, ils couinent de façon horrible, au point que les piétons se retournent. Par temps sec, presque rien.

      J'ai lu qu'il fallait nettoyer les disques à l'alcool, mais aussi que les plaquettes pouvaient être « glacées ». Par où commencer ?
    `,
    replies: [
      r("camille", 1.5, md`
        Un peu de bruit sous la pluie, c'est assez normal avec des disques. Mais un couinement horrible, c'est souvent des plaquettes contaminées (huile de chaîne, produit de lavage) ou glacées.

        Je commencerais par :

        1. nettoyer le disque à l'alcool isopropylique avec un chiffon propre ;
        2. sortir les plaquettes et regarder la surface : si elle est brillante comme un miroir, elles sont glacées ;
        3. les poncer légèrement sur du papier de verre posé à plat.
      `, [
        r("ines", 2, "Merci ! Brillantes comme un miroir… oui, je crois que c'est exactement ça. Le poncer suffit ou il faut les changer ?"),
        r("camille", 1, md`
          Si elles sont juste glacées, un ponçage léger suffit souvent. Si elles ont pris de l'huile, par contre, il vaut mieux les changer : elles ne retrouveront jamais leur mordant.
        `),
      ]),
      r("nicolas", 3, md`
        Petite question bête mais importante : tu lubrifies ta chaîne avec une bombe ? Parce que la bombe, ça part partout, y compris sur les disques. Je me suis fait avoir comme ça.
      `, [
        r("ines", 1, "…oui, avec une bombe. Aïe. Ça expliquerait tout."),
        r("theo", 2.5, md`
          > tu lubrifies ta chaîne avec une bombe ?

          Classique ! Passe au lubrifiant en flacon compte-gouttes, une goutte par maillon, et essuie l'excédent. Ta chaîne durera plus longtemps aussi.
        `),
      ]),
      r("ines", 50, md`
        Retour d'expérience : plaquettes changées à l'atelier (elles étaient imbibées), disque nettoyé, et lubrifiant en flacon. Silence total sous la pluie ce matin. Merci à tous, et merci Nicolas pour la « question bête » qui était la bonne !
      `, [], ["camille", "nicolas", "theo", "julien", "organizer", "margaux"]),
    ],
  },

  {
    key: "velo-derailleur-reglage",
    title: "Réglage du dérailleur arrière : la chaîne saute sur les petits pignons",
    author: "hugo",
    daysAgo: 20.6,
    body: md`
      Depuis que j'ai changé le câble de dérailleur moi-même (fierté…), la chaîne saute quand je suis sur les trois plus petits pignons, et parfois elle refuse de descendre. Sur les grands pignons, tout va bien.

      J'ai tourné la molette au niveau de la manette un peu au hasard et c'est pire. Quelqu'un peut m'expliquer la logique du réglage ?
    `,
    replies: [
      r("theo", 1, md`
        Bravo pour le câble ! La logique est simple une fois qu'on l'a comprise :

        - les **vis de butée** (H et L) limitent la course du dérailleur, elles ne servent qu'aux extrémités ;
        - la **tension du câble** (la molette) règle l'indexation, c'est-à-dire la position sur chaque pignon.

        Ton symptôme (problèmes sur les petits pignons) ressemble à un câble neuf qui s'est détendu. Un câble neuf, ça « se tasse » dans les gaines les premiers jours.
      `, [
        r("hugo", 1.5, "Ah, donc il faudrait retendre un peu ? Dans quel sens je tourne la molette ?"),
        r("theo", 0.5, md`
          Dévisse la molette (sens inverse des aiguilles d'une montre vu depuis l'arrière) d'un quart de tour, teste, et recommence. Si la chaîne hésite à monter vers les grands pignons, il faut tendre ; si elle hésite à descendre, il faut détendre.
        `, [
          r("hugo", 3, "Un quart de tour et… ça marche sur tous les pignons sauf le plus petit. On progresse !"),
          r("julien", 1, md`
            Pour le plus petit, vérifie la vis H : si elle est trop serrée, le dérailleur n'arrive pas à aller jusqu'au bout. Mais attention, trop desserrée et la chaîne tombe entre le pignon et le cadre.
          `, [
            r("hugo", 2, "La vis H était bien trop serrée. Tout fonctionne maintenant, merci à vous deux !"),
          ]),
        ]),
      ]),
      r("margaux", 5, md`
        Je note tout ça précieusement. Est-ce que ça vaut le coup de faire un petit atelier « réglage de dérailleur » un samedi ? Je pense qu'on est plusieurs à tourner les molettes au hasard.
      `, [
        r("organizer", 2, "Très bonne idée, je le mets au programme. On pourrait faire une séance de 45 minutes avec deux vélos sur pied."),
      ]),
    ],
  },

  {
    key: "velo-itineraire-boulevard",
    title: "Trajet domicile-travail : comment éviter le boulevard ?",
    author: "chloe",
    daysAgo: 35.2,
    body: md`
      Je commence un nouveau travail dans la zone des Pépinières et je voudrais y aller à vélo. L'itinéraire proposé par mon appli passe par le grand boulevard, et franchement, je n'ose pas : quatre voies, des bus, des camions de livraison.

      Est-ce que quelqu'un fait ce trajet ? Il existe une alternative plus calme, même si c'est un peu plus long ?
    `,
    replies: [
      r("nicolas", 2, md`
        Je le fais tous les jours ! Passe par la voie verte le long du canal jusqu'au pont de la gare, puis la rue des Écoles (zone 30, très calme). Ça rallonge d'environ 800 mètres, mais c'est vingt fois plus agréable.

        J'avais tracé l'itinéraire ici : https://ateliersvelo.example.org/itineraires/canal-pepinieres
      `, [
        r("chloe", 1, "Oh merci, c'est exactement ce que je cherchais. Le canal est éclairé le soir ?"),
        r("nicolas", 1.5, md`
          Éclairé jusqu'au pont, après c'est plus sombre sur 300 mètres. Avec un bon éclairage avant, ça se fait bien. En hiver, je prends la rue des Écoles un peu plus tôt.
        `),
      ]),
      r("lea", 4, md`
        Petit conseil : fais le trajet un week-end d'abord, tranquillement, pour repérer les carrefours. Le premier jour de boulot, on n'a pas envie de chercher son chemin.
      `, [
        r("chloe", 2, "Très juste, je le ferai samedi après l'atelier."),
      ]),
      r("julien", 6, md`
        Pour info, l'association des usagers (la FUB et son antenne locale) recense les points noirs : si le boulevard te semble dangereux, ça vaut le coup de le signaler. Plus il y a de signalements, plus la mairie bouge. https://www.fub.fr
      `),
    ],
  },
];

const pool: Pool = {
  fills: {
    piece: ["la chaîne", "la cassette", "les plaquettes", "le câble de frein", "la gaine", "le pneu arrière", "la chambre à air", "le boîtier de pédalier", "le jeu de direction"],
    lieu: ["l'atelier", "la permanence du mercredi", "le local de la rue des Tanneurs", "la bourse aux vélos"],
  },
  topics: {
    freins: {
      related: ["atelier", "achat"],
      sentences: [
        "Des patins usés jusqu'au témoin, c'est dangereux sous la pluie, il faut les changer sans attendre.",
        "Un câble de frein qui frotte dans sa gaine rend le freinage mou et imprécis.",
        "Pour des freins à disque, je nettoie le disque à l'alcool isopropylique une fois par mois.",
        "Les plaquettes organiques freinent bien mais s'usent vite en ville quand il pleut souvent.",
        "Avant de toucher au réglage, je vérifie toujours que la roue est bien centrée dans le cadre.",
        "Un levier qui touche le guidon quand on freine fort, c'est le signe qu'il faut retendre le câble.",
        "Les freins hydrauliques sont agréables, mais la purge demande un peu de matériel et de patience.",
        "J'ai mis des patins « spécial pluie » l'an dernier et la différence est vraiment nette.",
        "Un peu de graisse sur le câble avant de le glisser dans la gaine, et le freinage devient beaucoup plus doux.",
        "Si les patins touchent le pneu au lieu de la jante, ils peuvent le percer en quelques kilomètres.",
        "Après un changement de plaquettes, il faut quelques freinages appuyés pour les roder.",
      ],
      links: [
        { url: "https://www.sheldonbrown.com", label: "le site de Sheldon Brown (en anglais)" },
        { url: "https://fr.wikipedia.org/wiki/Frein_de_vélo", label: "l'article Wikipédia sur les freins de vélo" },
      ],
    },
    transmission: {
      related: ["atelier", "freins"],
      sentences: [
        "Une chaîne usée abîme la cassette très vite, d'où l'intérêt de la mesurer régulièrement avec un outil.",
        "Je nettoie la chaîne avec un chiffon sec tous les deux cents kilomètres, et je la lubrifie goutte à goutte.",
        "Un dérailleur tordu après une chute, ça arrive souvent, et la patte de dérailleur se redresse à l'atelier.",
        "Le lubrifiant « cire » salit beaucoup moins, mais il faut en remettre plus souvent.",
        "Quand la chaîne saute sous l'effort, c'est souvent {piece} qui est en fin de vie.",
        "Le moyeu à vitesses intégrées demande très peu d'entretien, c'est idéal pour la ville.",
        "Changer une chaîne prend dix minutes avec un dérive-chaîne et un maillon rapide.",
        "Je compte environ trois chaînes pour une cassette, si on les change à temps.",
        "Un pédalier qui craque à chaque coup de pédale, ce n'est pas toujours le boîtier : vérifiez d'abord les pédales.",
        "Le réglage des vis de butée se fait une fois pour toutes, c'est la tension du câble qu'on ajuste ensuite.",
        "Une transmission propre, c'est aussi un vélo beaucoup plus silencieux et agréable.",
      ],
      links: [
        { url: "https://fr.wikipedia.org/wiki/Dérailleur", label: "le fonctionnement du dérailleur" },
        { url: "https://www.sheldonbrown.com/derailer-adjustment.html", label: "le réglage du dérailleur selon Sheldon Brown" },
      ],
    },
    pneus: {
      related: ["atelier", "achat"],
      sentences: [
        "Avant de remettre une chambre neuve, passez toujours la main à l'intérieur du pneu pour trouver l'épine.",
        "Des pneus avec une bande anti-crevaison m'ont évité presque toutes les crevaisons en ville.",
        "Gonfler à la bonne pression change tout : moins de crevaisons par pincement et moins d'effort.",
        "Les démonte-pneus en plastique abîment beaucoup moins les jantes que les vieux en métal.",
        "Je garde toujours une rustine, une chambre de secours et une mini-pompe dans ma sacoche.",
        "Le flanc du pneu craquelé, c'est le signe qu'il est temps de le changer, même si la bande de roulement va bien.",
        "Pour retrouver une fuite lente, rien ne vaut une bassine d'eau et un peu de patience.",
        "Les pneus plus larges sont bien plus confortables sur les pavés du centre-ville.",
        "Un fond de jante décalé peut provoquer des crevaisons à répétition du côté des rayons.",
        "Le tubeless en ville, j'ai essayé, mais pour un vélo du quotidien je suis revenu aux chambres à air.",
        "Vérifier la pression une fois par semaine prend deux minutes et évite bien des soucis.",
      ],
      links: [
        { url: "https://fr.wikipedia.org/wiki/Chambre_à_air", label: "la chambre à air" },
      ],
    },
    eclairage: {
      related: ["ville", "achat"],
      sentences: [
        "Une dynamo moyeu, c'est un investissement, mais on n'a plus jamais à penser aux piles.",
        "Les lampes rechargeables par USB sont pratiques, à condition de ne pas oublier de les recharger.",
        "Un feu arrière clignotant se voit de loin, mais en groupe je le mets en mode fixe pour ne pas éblouir.",
        "Des bandes réfléchissantes sur les pédales et les rayons rendent le vélo visible de côté.",
        "Le gilet jaune, c'est obligatoire hors agglomération la nuit, et franchement utile en ville aussi.",
        "Réglez votre phare vers le sol, sinon vous éblouissez tout le monde en face.",
        "Pour les trajets de nuit, j'ai ajouté un deuxième feu arrière sur le sac à dos.",
        "Les petites lampes clipsables se volent facilement, je les enlève toujours en garant le vélo.",
        "Un bon éclairage avant sert autant à voir les nids-de-poule qu'à être vu.",
        "La sonnette, on l'oublie souvent, mais sur les voies partagées elle évite bien des frayeurs.",
      ],
      links: [
        { url: "https://www.securite-routiere.gouv.fr", label: "le site de la Sécurité routière" },
      ],
    },
    ville: {
      related: ["eclairage", "cargo"],
      sentences: [
        "Je fais un détour de cinq minutes pour passer par les zones 30, et je ne le regrette jamais.",
        "La voie verte du canal est de loin le trajet le plus agréable pour traverser la ville.",
        "Dans les carrefours, je me place bien au milieu de la voie pour être vu des voitures qui tournent.",
        "Les doubles-sens cyclables sont pratiques, mais il faut rester très attentif aux sorties de garage.",
        "Signaler les points noirs à l'association des usagers, ça finit par faire bouger la mairie.",
        "Les sas vélo aux feux sont encore trop souvent occupés par des scooters.",
        "Prendre le train avec son vélo est possible sur les TER, mais mieux vaut éviter les heures de pointe.",
        "La vélorution du mois dernier a réuni beaucoup plus de monde que prévu.",
        "Je garde une distance d'une portière avec les voitures garées, même si la bande cyclable est plus près.",
        "Mon trajet quotidien est plus rapide à vélo qu'en bus, même avec les feux rouges.",
        "Les nouvelles pistes sur le boulevard ont changé la vie de beaucoup de cyclistes du quartier.",
      ],
      links: [
        { url: "https://www.fub.fr", label: "la Fédération des usagers de la bicyclette" },
        { url: "https://ateliersvelo.example.org/itineraires", label: "nos itinéraires partagés" },
      ],
    },
    atelier: {
      related: ["transmission", "pneus"],
      sentences: [
        "À {lieu}, on a enfin un tableau avec la silhouette de chaque outil, et plus rien ne disparaît.",
        "Le principe de l'atelier participatif, c'est qu'on apprend en réparant soi-même.",
        "On récupère des vélos abandonnés auprès des bailleurs sociaux pour les remettre en état.",
        "Les pieds d'atelier changent vraiment la vie, surtout pour le dos.",
        "Une clé dynamométrique est indispensable pour les cadres et les tiges de selle en carbone.",
        "On a un bac de pièces d'occasion triées où chacun peut se servir à prix libre.",
        "Les nouveaux bénévoles commencent par accompagner les crevaisons, c'est la meilleure école.",
        "On manque toujours de chiffons propres et de dégraissant, les dons sont bienvenus.",
        "Le réseau L'Heureux Cyclage propose des formations pour les animateurs d'ateliers.",
        "Un cahier de suivi des réparations nous aide à savoir quelles pièces commander.",
        "Les soirées à thème, comme « roues » ou « freins », attirent plein de nouvelles personnes.",
      ],
      links: [
        { url: "https://www.heureux-cyclage.org", label: "L'Heureux Cyclage, le réseau des ateliers vélo" },
        { url: "https://ateliersvelo.example.org/permanences", label: "le planning des permanences" },
      ],
    },
    cargo: {
      related: ["ville", "achat"],
      sentences: [
        "Le vélo cargo biporteur est génial pour les enfants, mais il faut un local pour le ranger.",
        "Un siège enfant à l'arrière change l'équilibre du vélo, surtout au démarrage.",
        "La remorque est une bonne solution intermédiaire avant d'investir dans un cargo.",
        "Avec l'assistance électrique, les côtes avec deux enfants deviennent presque faciles.",
        "On fait toutes nos courses de la semaine au vélo cargo depuis un an.",
        "Un cargo d'occasion, c'est une bonne affaire, mais vérifiez l'état de la direction et des freins.",
        "Certaines mairies proposent des aides à l'achat d'un vélo cargo, renseignez-vous avant d'acheter.",
        "Le longtail est plus maniable en ville que le biporteur, mais on voit moins les enfants.",
        "La béquille centrale est indispensable dès qu'on charge un enfant à l'arrière.",
        "Le prêt de vélos cargo par la mairie permet de tester avant de se décider.",
      ],
      links: [
        { url: "https://fr.wikipedia.org/wiki/Vélo_cargo", label: "le vélo cargo" },
      ],
    },
    achat: {
      related: ["eclairage", "freins"],
      sentences: [
        "Pour un vélo d'occasion, vérifiez d'abord le cadre, les roues et la transmission, le reste se change facilement.",
        "Un bon antivol en U vaut mieux que deux câbles fins, même s'il est plus lourd.",
        "Le marquage du vélo est obligatoire à la vente et aide vraiment à retrouver un vélo volé.",
        "À la bourse aux vélos, on trouve de très bonnes affaires si on arrive tôt.",
        "Je demande toujours la facture d'origine ou au moins une pièce d'identité quand j'achète d'occasion.",
        "La taille du cadre compte plus que la marque, essayez toujours avant d'acheter.",
        "Attachez le cadre et la roue avant à un point fixe, jamais seulement la roue.",
        "Un vélo trop bon marché neuf coûte souvent plus cher en réparations la première année.",
        "L'assurance habitation couvre parfois le vol de vélo, ça vaut le coup de vérifier.",
        "On propose une vérification gratuite des vélos d'occasion avant achat à {lieu}.",
        "Pour un usage quotidien, des garde-boue et un porte-bagages sont plus utiles qu'un vélo léger.",
      ],
      links: [
        { url: "https://fr.wikipedia.org/wiki/Antivol", label: "les différents antivols" },
      ],
    },
  },
  general: [
    "Ça dépend beaucoup de l'état général du vélo, le mieux est de passer à l'atelier pour qu'on regarde ensemble.",
    "J'ai eu exactement le même souci l'an dernier.",
    "N'hésitez pas à venir samedi, c'est plus simple de montrer que d'expliquer par écrit.",
    "Je ne suis pas mécanicien, juste cycliste du quotidien, donc prenez mon avis avec prudence.",
    "Honnêtement, la première fois ça paraît compliqué, et puis on se rend compte que c'est assez logique.",
    "Il y a une vidéo très claire là-dessus, je la retrouve et je la partage.",
    "On en avait parlé il y a quelques mois, et la conclusion était de faire simple.",
    "Avec de bons outils, c'est l'affaire d'une demi-heure.",
    "Le plus important, c'est de ne pas forcer : si ça résiste, il y a une raison.",
    "Je note tout dans un petit carnet, sinon j'oublie ce que j'ai changé et quand.",
    "C'est le genre de question qu'on entend à chaque permanence, donc vous n'êtes pas seul.",
    "Prenez une photo avant de démonter quoi que ce soit, ça aide énormément au remontage.",
    "Franchement, ça vaut le coup d'apprendre, on économise beaucoup sur l'année.",
    "Je suis curieux de savoir ce que les autres en pensent.",
    "Chez moi, ça a fonctionné du premier coup, mais chaque vélo est différent.",
    "Il faut parfois accepter qu'une pièce soit trop usée et la remplacer.",
    "Les anciens de l'atelier ont sûrement une astuce à partager là-dessus.",
    "Pensez à vérifier le serrage de tout ce que vous avez démonté après quelques jours.",
    "Le vélo du quotidien mérite un entretien régulier, pas seulement quand quelque chose casse.",
    "J'ai appris ça ici même, il y a deux ans, et depuis je le fais moi-même.",
  ],
  openers: ["Bonne question !", "Je me permets de répondre.", "Ah, sujet que je connais bien.", "Petit retour d'expérience.", "Alors, de mon côté :", "J'ajoute ma pierre à l'édifice."],
  addressed: [
    "Merci {name}, c'est très clair.",
    "{name}, je suis assez d'accord avec toi.",
    "Bien vu, {name}.",
    "{name}, tu l'as fait toi-même ?",
    "Je nuancerais un peu, {name}.",
    "{name}, c'est exactement ce qui m'est arrivé.",
    "Bonne remarque, {name}.",
    "{name}, tu peux préciser ?",
  ],
  closers: ["Bon courage !", "Tiens-nous au courant.", "À samedi peut-être !", "J'espère que ça aide.", "Si besoin, passe à l'atelier."],
  short: [
    "Merci pour toutes ces réponses, c'est super utile.",
    "Je garde ce fil de côté, merci à tous.",
    "Même problème chez moi, je teste ça ce week-end.",
    "Merci {name}, ça a marché du premier coup !",
    "Très bonne idée, je n'y avais pas pensé.",
  ],
  linkIntros: ["Pour aller plus loin : {link}", "Ça m'a bien aidé : {link}", "Voir aussi {link}", "Une ressource utile : {link}"],
};

const seeds: SeedText[] = [
  { key: "velo-patins-usure", topic: "freins", title: "Comment savoir si mes patins de frein sont usés ?", body: "Mon vélo freine moins bien depuis quelques semaines, surtout quand il pleut. Comment savoir si les patins sont à changer ? Il y a un repère quelque part ?", answers: ["La plupart des patins ont des rainures : quand elles ont disparu, il faut les changer.", "Regarde aussi la jante, si elle est creusée, c'est qu'elle s'use à son tour."] },
  { key: "velo-frein-hydraulique-purge", topic: "freins", title: "Purger des freins hydrauliques soi-même : faisable ?", body: "Mes freins hydrauliques sont devenus spongieux. On m'a dit qu'il fallait les purger. C'est faisable soi-même à l'atelier, ou c'est réservé aux pros ?", answers: ["C'est faisable avec le bon kit de purge et de la patience, on en a un à l'atelier.", "Vérifie d'abord quel liquide utilise ton frein : huile minérale ou DOT, on ne mélange jamais."] },
  { key: "velo-chaine-usure", topic: "transmission", title: "Quand faut-il changer sa chaîne ?", body: "Mon vélo a environ 4 000 km et je n'ai jamais changé la chaîne. Est-ce qu'il y a un moyen simple de savoir si elle est usée, sans tout démonter ?", answers: ["Un contrôleur d'usure de chaîne coûte quelques euros et donne la réponse en cinq secondes.", "À 4 000 km, il y a de bonnes chances qu'elle soit à changer, surtout en ville."] },
  { key: "velo-pedalier-craque", topic: "transmission", title: "Un craquement à chaque coup de pédale", body: "J'ai un craquement régulier, à chaque tour de pédalier, surtout en montée. J'ai graissé la chaîne, rien n'a changé. D'où ça peut venir ?", answers: ["Commence par démonter, graisser et resserrer les pédales, c'est la cause la plus fréquente.", "Si ça persiste, le boîtier de pédalier est le suspect suivant, on peut le vérifier ensemble à l'atelier."] },
  { key: "velo-moyeu-vitesses", topic: "transmission", title: "Moyeu à vitesses intégrées pour la ville : retours ?", body: "Je pense remplacer mon dérailleur par un moyeu à vitesses intégrées pour mes trajets quotidiens. Qui en utilise un ? Et pour l'entretien, c'est vraiment si simple ?", answers: ["J'ai un moyeu à huit vitesses depuis cinq ans, quasiment zéro entretien à part la chaîne.", "Le changement de roue arrière est un peu plus pénible en cas de crevaison, c'est le seul défaut."] },
  { key: "velo-crevaisons-repetition", topic: "pneus", title: "Trois crevaisons en deux semaines, toujours à l'arrière", body: "Trois crevaisons en deux semaines, toujours sur la roue arrière, toujours au même endroit de la chambre. J'ai changé la chambre à chaque fois. Qu'est-ce qui m'échappe ?", answers: ["Crevaison au même endroit, c'est presque toujours un bout de verre resté dans le pneu ou un fond de jante décalé.", "Passe lentement les doigts à l'intérieur du pneu, avec un chiffon pour ne pas te couper."] },
  { key: "velo-pneus-hiver", topic: "pneus", title: "Quels pneus pour les pavés et la pluie ?", body: "Mon trajet passe par beaucoup de pavés glissants quand il pleut. Est-ce que des pneus plus larges ou avec un autre profil changeraient quelque chose ?", answers: ["Des pneus plus larges avec une pression un peu plus basse adhèrent beaucoup mieux sur les pavés.", "Le profil compte moins que la gomme : une gomme tendre accroche mieux sur le mouillé."] },
  { key: "velo-dynamo-moyeu", topic: "eclairage", title: "Dynamo moyeu ou lampes USB ?", body: "J'oublie sans arrêt de recharger mes lampes. Est-ce qu'une dynamo moyeu vaut l'investissement pour un vélo de tous les jours ? Il faut changer toute la roue ?", answers: ["Oui, il faut une roue avant avec le moyeu dynamo, mais on peut relacer la jante existante.", "Depuis que j'en ai une, je ne pense plus jamais à l'éclairage, c'est le meilleur achat de mon vélo."] },
  { key: "velo-etre-vu-nuit", topic: "eclairage", title: "Être bien visible la nuit en ville", body: "Je rentre souvent de nuit après le travail. À part les feux avant et arrière, qu'est-ce qui fait vraiment la différence pour être vu ?", answers: ["Les réflecteurs sur les pédales bougent, et le mouvement attire l'œil des automobilistes.", "Des bandes réfléchissantes sur les flancs des pneus te rendent visible de côté aux carrefours."] },
  { key: "velo-carrefour-giratoire", topic: "ville", title: "Comment passer un grand rond-point à vélo ?", body: "Il y a un grand giratoire à trois voies sur mon trajet et je ne sais jamais où me placer. Tout à droite ? Au milieu ? Je finis souvent par descendre et traverser à pied.", answers: ["Je prends la voie du milieu, bien visible, et je signale clairement ma sortie avec le bras.", "Traverser à pied n'a rien de honteux si tu ne te sens pas en sécurité."] },
  { key: "velo-train-velo", topic: "ville", title: "Prendre le train avec son vélo", body: "Je voudrais faire une sortie à la campagne en prenant le TER avec mon vélo. Comment ça se passe en pratique ? Il faut réserver ?", answers: ["Sur la plupart des TER, c'est gratuit et sans réservation, dans la limite des places disponibles.", "Évite les heures de pointe, sinon tu risques de ne pas pouvoir monter."] },
  { key: "velo-outils-base", topic: "atelier", title: "Quels outils de base avoir chez soi ?", body: "J'aimerais pouvoir faire les petites réparations chez moi entre deux ateliers. Quels sont les outils vraiment indispensables pour commencer, sans me ruiner ?", answers: ["Un jeu de clés Allen, des démonte-pneus, une pompe à pied avec manomètre et un dérive-chaîne.", "Ajoute une clé de 15 pour les roues si ton vélo n'a pas de blocage rapide."] },
  { key: "velo-benevoles-formation", topic: "atelier", title: "Devenir bénévole à l'atelier : comment on se forme ?", body: "Ça fait quelques mois que je viens à l'atelier et j'aimerais aider davantage. Comment se passe la formation des bénévoles ? Il faut savoir tout réparer ?", answers: ["Pas du tout, on commence par accompagner les crevaisons et les réglages simples.", "On fait une soirée de formation interne tous les deux mois, la prochaine est bientôt."] },
  { key: "velo-cargo-enfants", topic: "cargo", title: "Vélo cargo pour deux enfants : biporteur ou longtail ?", body: "On hésite entre un biporteur et un longtail pour emmener nos deux enfants (3 et 6 ans) à l'école. On habite au troisième sans ascenseur, avec un local vélo au rez-de-chaussée. Des avis ?", answers: ["Avec un local au rez-de-chaussée, les deux sont possibles, mais le longtail prend moins de place.", "Le biporteur rassure les petits parce qu'ils voient devant eux et qu'on les voit."] },
  { key: "velo-occasion-verifier", topic: "achat", title: "Acheter un vélo d'occasion : quoi vérifier ?", body: "Je compte acheter un vélo d'occasion sur une petite annonce. Qu'est-ce que je dois vérifier sur place pour ne pas me faire avoir ?", answers: ["Le cadre d'abord : pas de fissure, pas de bosse, surtout autour du pédalier et de la direction.", "Demande la facture ou le numéro de marquage, ça évite d'acheter un vélo volé."] },
  { key: "velo-antivol", topic: "achat", title: "Quel antivol pour un vélo garé dehors la nuit ?", body: "Je n'ai pas de local et mon vélo dort dans la rue. Quel antivol prendre ? Je lis tout et son contraire sur les U, les chaînes et les pliables.", answers: ["Un U de bonne qualité plus un câble pour la roue avant, c'est le minimum pour la nuit dehors.", "Gare-le dans un endroit éclairé et passant, ça compte autant que l'antivol."] },
];

function build(): SeedGroup {
  const rng = mulberry32(0x7e10c);
  const days = spreadDays(rng, seeds.length, 1.5, 118, 0.85, 0.3);
  const plans: ThreadPlan[] = interleave(seeds, 7).map((s, i) => ({
    key: s.key,
    title: s.title,
    topic: s.topic,
    body: s.body,
    answers: s.answers,
    daysAgo: days[i] as number,
    replies: intBetween(rng, 3, 9),
  }));
  const state = new GroupState();
  for (const t of handWritten) state.bodies.add(t.body);
  const generated = generateThreads(
    {
      seed: 0xf1e1,
      members: weights,
      names: firstNames,
      pool,
      firstReplyHours: [0.8, 16],
      replyHours: [1, 30],
      slowReply: { p: 0.1, hours: [24, 80] },
      floorHoursAgo: 1,
      pToOpener: 0.45,
      maxDepth: 5,
      sentences: [3, 5],
      pShort: 0.05,
      pQuote: 0.18,
      pLink: 0.1,
      pList: 0,
      pOpener: 0.3,
      pCloser: 0.3,
      pPingPong: 0.4,
      pOpReplies: 0.35,
      likes: { opener: 2.2, reply: 1.2, max: 8 },
    },
    plans,
    state,
  );
  decorateLikes(handWritten, weights, 0x7e1, 1.6);
  const threads = [...handWritten, ...generated];
  return {
    slug: "ateliers-velo",
    name: "Les Ateliers Vélo",
    description: md`
      L'atelier participatif où l'on apprend à **réparer son vélo soi-même** : crevaisons, freins, dérailleurs, roues voilées… avec nos outils et des bénévoles pour vous guider.

      On échange aussi des itinéraires tranquilles pour circuler en ville et on s'organise pour les permanences du samedi matin. Débutantes et débutants bienvenus, aucune question n'est bête !
    `,
    tags: ["velo", "reparation", "atelier-participatif", "mobilite-douce"],
    visibility: "public",
    language: "fr",
    intendedState: "healthy",
    createdDaysAgo: CREATED,
    members: finalizeMembers(roster, CREATED, threads),
    threads,
  };
}

export const veloGroup: SeedGroup = build();
export const veloHandWrittenKeys: string[] = handWritten.map((t) => t.key);
