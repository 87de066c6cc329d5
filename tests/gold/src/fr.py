# Gold documents for tests/gold/fr.jsonl; see ../README.md. Licence: ISC (same as the project).
from lib import doc

# ---------------------------------------------------------------- fr-01
FORUM = "troisième Forum annuel UA-ONU sur la paix et la sécurité en Afrique"
PLAN = "Plan d'action conjoint UA-ONU pour la prévention des conflits 2024-2026"
doc("fr-01", "fr", """
Communiqué de presse
Addis-Abeba, 15 mars 2024
L'Union africaine et les Nations Unies adoptent un plan d'action conjoint pour la prévention des conflits
Le troisième Forum annuel UA-ONU sur la paix et la sécurité en Afrique s'est tenu du 12 au 13 mars 2024 au siège de l'Union africaine (UA) à Addis-Abeba, en Éthiopie. Coorganisé par la Commission de l'Union africaine et le Bureau des Nations Unies auprès de l'Union africaine (UNOAU), le Forum a réuni des représentants des États membres, des communautés économiques régionales et de la société civile.
« Notre partenariat avec l'Organisation des Nations Unies (ONU) n'a jamais été aussi nécessaire face à la multiplication des crises au Sahel et dans la Corne de l'Afrique », a déclaré Mme Hawa Ould Cheikh-Sidi, Commissaire aux affaires politiques, à la paix et à la sécurité de la Commission de l'Union africaine.
Le Représentant spécial Jean-Marc Tchibozo, chef de l'UNOAU, a dirigé une délégation comprenant des représentants du Département des affaires politiques et de la consolidation de la paix (DPPA), du Programme des Nations Unies pour le développement (PNUD) et de l'Entité des Nations Unies pour l'égalité des sexes et l'autonomisation des femmes (ONU-Femmes).
Signé le 13 mars 2024 à l'occasion du Forum par Mme Ould Cheikh-Sidi et M. Tchibozo, le Plan d'action conjoint UA-ONU pour la prévention des conflits 2024-2026 prévoit la mise en place d'un mécanisme commun d'alerte précoce et de missions d'évaluation conjointes dans les pays en transition.
Engagements clés
1. La Commission de l'Union africaine s'est engagée à présenter un premier rapport de mise en œuvre d'ici à décembre 2024.
2. L'UNOAU s'est engagé à accueillir le quatrième Forum à Kigali en 2025.
""", [
    ("E", FORUM, ["Forum annuel UA-ONU sur la paix et la sécurité en Afrique", "le Forum"]),
    ("E", "quatrième Forum", [], True),
    ("L", "Addis-Abeba"), ("L", "Éthiopie"), ("L", "Sahel"), ("L", "Corne de l'Afrique"), ("L", "Kigali"),
    ("L", "siège de l'Union africaine", [], True),
    ("L", "Afrique", [], True),
    ("O", "Union africaine", ["UA"]),
    ("O", "Organisation des Nations Unies", ["ONU", "Nations Unies"]),
    ("O", "Commission de l'Union africaine", []),
    ("O", "Bureau des Nations Unies auprès de l'Union africaine", ["UNOAU"]),
    ("O", "Département des affaires politiques et de la consolidation de la paix", ["DPPA"]),
    ("O", "Programme des Nations Unies pour le développement", ["PNUD"]),
    ("O", "Entité des Nations Unies pour l'égalité des sexes et l'autonomisation des femmes", ["ONU-Femmes"]),
    ("P", "Hawa Ould Cheikh-Sidi", ["Mme Hawa Ould Cheikh-Sidi", "Mme Ould Cheikh-Sidi", "Ould Cheikh-Sidi"]),
    ("P", "Jean-Marc Tchibozo", ["M. Tchibozo", "Tchibozo"]),
    ("A", PLAN, ["plan d'action conjoint", "Plan d'action conjoint UA-ONU"]),
], [
    (FORUM, "location", "Addis-Abeba"),
    (FORUM, "?location", "Éthiopie"),
    (FORUM, "?location", "siège de l'Union africaine"),
    (FORUM, "startDate", "2024-03-12"),
    (FORUM, "endDate", "2024-03-13"),
    (FORUM, "organizer", "Commission de l'Union africaine"),
    (FORUM, "organizer", "Bureau des Nations Unies auprès de l'Union africaine"),
    (FORUM, "attendee", "Jean-Marc Tchibozo"),
    (FORUM, "attendee", "Département des affaires politiques et de la consolidation de la paix"),
    (FORUM, "attendee", "Programme des Nations Unies pour le développement"),
    (FORUM, "attendee", "Entité des Nations Unies pour l'égalité des sexes et l'autonomisation des femmes"),
    (FORUM, "?attendee", "Hawa Ould Cheikh-Sidi"),
    (FORUM, "?attendee", "Union africaine"),
    (FORUM, "?attendee", "Organisation des Nations Unies"),
    ("Hawa Ould Cheikh-Sidi", "jobTitle", "Commissaire aux affaires politiques, à la paix et à la sécurité"),
    ("Hawa Ould Cheikh-Sidi", "memberOf", "Commission de l'Union africaine"),
    ("Jean-Marc Tchibozo", "jobTitle", "Représentant spécial"),
    ("Jean-Marc Tchibozo", "jobTitle", "chef"),
    ("Jean-Marc Tchibozo", "headOf", "Bureau des Nations Unies auprès de l'Union africaine"),
    ("Commission de l'Union africaine", "?subOrganizationOf", "Union africaine"),
    ("Bureau des Nations Unies auprès de l'Union africaine", "?subOrganizationOf", "Organisation des Nations Unies"),
    ("Programme des Nations Unies pour le développement", "?subOrganizationOf", "Organisation des Nations Unies"),
    ("Entité des Nations Unies pour l'égalité des sexes et l'autonomisation des femmes", "?subOrganizationOf", "Organisation des Nations Unies"),
    ("Département des affaires politiques et de la consolidation de la paix", "?subOrganizationOf", "Organisation des Nations Unies"),
    (PLAN, "party", "Union africaine"),
    (PLAN, "party", "Organisation des Nations Unies"),
    (PLAN, "?party", "Commission de l'Union africaine"),
    (PLAN, "?party", "Bureau des Nations Unies auprès de l'Union africaine"),
    (PLAN, "signedAt", FORUM),
    (PLAN, "signedBy", "Hawa Ould Cheikh-Sidi"),
    (PLAN, "signedBy", "Jean-Marc Tchibozo"),
    (PLAN, "date", "2024-03-13"),
    ("quatrième Forum", "?location", "Kigali"),
    ("quatrième Forum", "?organizer", "Bureau des Nations Unies auprès de l'Union africaine"),
])

# ---------------------------------------------------------------- fr-02
TOMB = "Forum régional de Tombouctou sur la sécurité transfrontalière"
doc("fr-02", "fr", """
Rapport de mission : Forum régional de Tombouctou sur la sécurité transfrontalière (4-6 octobre 2022)
Le Forum régional de Tombouctou sur la sécurité transfrontalière s'est tenu du 4 au 6 octobre 2022 à Tombouctou, au Mali. Il a été convoqué par l'Office des Nations Unies contre la drogue et le crime (ONUDC) en partenariat avec la Communauté économique des États de l'Afrique de l'Ouest (CEDEAO), afin de renforcer le dialogue entre les autorités locales, les forces de sécurité et les communautés frontalières du Mali, du Niger et du Burkina Faso.
Le Réseau ouest-africain pour la médiation citoyenne (ROAMC) y était représenté par Amina Diallo-Kouyaté, coordonnatrice régionale du réseau, et par Moussa Ag Intalla, chargé de programme au bureau de Gao. Parmi les participants figuraient également des représentants de la Mission multidimensionnelle intégrée des Nations Unies pour la stabilisation au Mali (MINUSMA) et de l'Association des femmes leaders de Ménaka (AFLM).
Dans le cadre de la session consacrée au trafic d'armes légères, Mme Diallo-Kouyaté a présenté l'étude du réseau sur les marchés hebdomadaires de la région de Tombouctou. M. Ag Intalla a animé l'atelier sur la médiation entre éleveurs et agriculteurs.
Principaux résultats
1. Une déclaration a été faite au nom du réseau lors de la séance de clôture.
2. Les participants ont recommandé la création de comités mixtes de veille dans les communes frontalières.
Engagements clés
1. Le ROAMC s'est engagé à partager ses données de terrain avec l'ONUDC avant la fin de l'année.
2. La CEDEAO s'est engagée à inviter le réseau à la prochaine réunion de son Centre d'alerte précoce à Abuja.
""", [
    ("E", TOMB, []),
    ("L", "Tombouctou"), ("L", "Mali"), ("L", "Niger"), ("L", "Burkina Faso"), ("L", "Gao"), ("L", "Abuja"),
    ("L", "région de Tombouctou", [], True),
    ("L", "Ménaka", [], True),
    ("O", "Office des Nations Unies contre la drogue et le crime", ["ONUDC"]),
    ("O", "Communauté économique des États de l'Afrique de l'Ouest", ["CEDEAO"]),
    ("O", "Réseau ouest-africain pour la médiation citoyenne", ["ROAMC", "le réseau"]),
    ("O", "bureau de Gao", [], True),
    ("O", "Mission multidimensionnelle intégrée des Nations Unies pour la stabilisation au Mali", ["MINUSMA"]),
    ("O", "Association des femmes leaders de Ménaka", ["AFLM"]),
    ("O", "Centre d'alerte précoce", [], True),
    ("O", "Nations Unies", [], True),
    ("P", "Amina Diallo-Kouyaté", ["Mme Diallo-Kouyaté", "Diallo-Kouyaté"]),
    ("P", "Moussa Ag Intalla", ["M. Ag Intalla", "Ag Intalla"]),
], [
    (TOMB, "location", "Tombouctou"),
    (TOMB, "?location", "Mali"),
    (TOMB, "startDate", "2022-10-04"),
    (TOMB, "endDate", "2022-10-06"),
    (TOMB, "organizer", "Office des Nations Unies contre la drogue et le crime"),
    (TOMB, "?organizer", "Communauté économique des États de l'Afrique de l'Ouest"),
    (TOMB, "?attendee", "Office des Nations Unies contre la drogue et le crime"),
    (TOMB, "?attendee", "Communauté économique des États de l'Afrique de l'Ouest"),
    (TOMB, "attendee", "Réseau ouest-africain pour la médiation citoyenne"),
    (TOMB, "attendee", "Amina Diallo-Kouyaté"),
    (TOMB, "attendee", "Moussa Ag Intalla"),
    (TOMB, "attendee", "Mission multidimensionnelle intégrée des Nations Unies pour la stabilisation au Mali"),
    (TOMB, "attendee", "Association des femmes leaders de Ménaka"),
    ("Amina Diallo-Kouyaté", "jobTitle", "coordonnatrice régionale"),
    ("Amina Diallo-Kouyaté", "headOf", "Réseau ouest-africain pour la médiation citoyenne"),
    ("Moussa Ag Intalla", "jobTitle", "chargé de programme"),
    ("Moussa Ag Intalla", "memberOf", "Réseau ouest-africain pour la médiation citoyenne"),
    ("Moussa Ag Intalla", "?memberOf", "bureau de Gao"),
    ("bureau de Gao", "?subOrganizationOf", "Réseau ouest-africain pour la médiation citoyenne"),
    ("Centre d'alerte précoce", "?subOrganizationOf", "Communauté économique des États de l'Afrique de l'Ouest"),
])

# ---------------------------------------------------------------- fr-03
PA = "protocole d'accord sur la formation des unités de surveillance frontalière"
doc("fr-03", "fr", """
Bruxelles, le 9 février 2023
Niger : l'UE et les autorités de Tillabéri signent un protocole d'accord sur la gestion des frontières
La mission civile de l'Union européenne au Niger, EUCAP Sahel Niger, et l'Agence régionale de sécurisation des frontières de Tillabéri (ARSFT) ont signé mardi à Niamey un protocole d'accord sur la formation des unités de surveillance frontalière.
Le texte a été signé par la cheffe de mission d'EUCAP Sahel Niger, Mme Ingrid van der Molen, et par le directeur général de l'ARSFT, le colonel Issoufou Maïga-Bello, en présence du Représentant spécial de l'Union européenne pour le Sahel, M. Lorenzo Di Fabio.
« Ce protocole traduit la volonté de l'Union européenne d'accompagner durablement le Niger dans la protection de ses populations frontalières », a déclaré Mme van der Molen. Le colonel Maïga-Bello a pour sa part salué « un partenariat fondé sur la confiance et sur des besoins identifiés par les unités elles-mêmes ».
EUCAP Sahel Niger, qui relève du Service européen pour l'action extérieure (SEAE), soutient depuis 2012 les forces de sécurité intérieure nigériennes. L'Agence, créée en 2021, relève du ministère de l'Intérieur du Niger et coordonne les postes frontaliers de la région de Tillabéri, à la frontière avec le Mali et le Burkina Faso.
Engagements clés
1. EUCAP Sahel Niger s'est engagée à former 240 agents de l'ARSFT d'ici à la fin de l'année 2023.
2. L'ARSFT s'est engagée à désigner un point focal chargé du suivi du protocole.
""", [
    ("A", PA, ["protocole d'accord", "le texte", "protocole", "Ce protocole"]),
    ("O", "EUCAP Sahel Niger", ["mission civile de l'Union européenne au Niger"]),
    ("O", "Agence régionale de sécurisation des frontières de Tillabéri", ["ARSFT", "l'Agence"]),
    ("O", "Union européenne", ["UE"]),
    ("O", "Service européen pour l'action extérieure", ["SEAE"]),
    ("O", "ministère de l'Intérieur du Niger", []),
    ("P", "Ingrid van der Molen", ["Mme Ingrid van der Molen", "Mme van der Molen", "van der Molen"]),
    ("P", "Issoufou Maïga-Bello", ["colonel Issoufou Maïga-Bello", "colonel Maïga-Bello", "Maïga-Bello"]),
    ("P", "Lorenzo Di Fabio", ["M. Lorenzo Di Fabio", "Di Fabio"]),
    ("L", "Niger"), ("L", "Niamey"), ("L", "Bruxelles"), ("L", "Tillabéri"), ("L", "Sahel", [], True), ("L", "Mali"),
    ("L", "Burkina Faso"),
    ("L", "région de Tillabéri", [], True),
], [
    (PA, "party", "EUCAP Sahel Niger"),
    (PA, "party", "Agence régionale de sécurisation des frontières de Tillabéri"),
    (PA, "?party", "Union européenne"),
    (PA, "signedBy", "Ingrid van der Molen"),
    (PA, "signedBy", "Issoufou Maïga-Bello"),
    (PA, "date", "2023-02-07"),
    ("Ingrid van der Molen", "jobTitle", "cheffe de mission"),
    ("Ingrid van der Molen", "headOf", "EUCAP Sahel Niger"),
    ("Issoufou Maïga-Bello", "jobTitle", "directeur général"),
    ("Issoufou Maïga-Bello", "?jobTitle", "colonel"),
    ("Issoufou Maïga-Bello", "headOf", "Agence régionale de sécurisation des frontières de Tillabéri"),
    ("Lorenzo Di Fabio", "jobTitle", "Représentant spécial"),
    ("Lorenzo Di Fabio", "memberOf", "Union européenne"),
    ("EUCAP Sahel Niger", "subOrganizationOf", "Service européen pour l'action extérieure"),
    ("EUCAP Sahel Niger", "?subOrganizationOf", "Union européenne"),
    ("Service européen pour l'action extérieure", "?subOrganizationOf", "Union européenne"),
    ("Agence régionale de sécurisation des frontières de Tillabéri", "subOrganizationOf", "ministère de l'Intérieur du Niger"),
])

# ---------------------------------------------------------------- fr-04
REU = "deuxième réunion de coordination du Groupe de travail informel sur les défenseurs des droits humains en Asie centrale"
GT = "Groupe de travail informel sur les défenseurs des droits humains en Asie centrale"
doc("fr-04", "fr", """
Compte rendu de réunion
Deuxième réunion de coordination du Groupe de travail informel sur les défenseurs des droits humains en Asie centrale
Varsovie, 27 avril 2023
La deuxième réunion de coordination du Groupe de travail informel sur les défenseurs des droits humains en Asie centrale s'est tenue le 26 avril 2023 dans les locaux du Bureau des institutions démocratiques et des droits de l'homme (BIDDH) à Varsovie. Le BIDDH, qui relève de l'Organisation pour la sécurité et la coopération en Europe (OSCE), assure le secrétariat du Groupe de travail depuis sa création en 2021.
La réunion était présidée par Mme Marie-Claire Dufresne-Okafor, directrice adjointe du BIDDH, avec la participation de M. Timur Abdulla-Zade, président de l'Alliance des juristes indépendants d'Almaty, et de Mme Gulnara Saidova, coordinatrice du Centre des droits de l'homme de Khodjent.
Le Groupe de travail réunit neuf organisations de la société civile, dont le Centre des droits de l'homme de Khodjent et l'Alliance des juristes indépendants d'Almaty. Le Haut-Commissariat des Nations Unies aux droits de l'homme (HCDH) y siège en qualité d'observateur.
Mme Dufresne-Okafor a rappelé que le BIDDH ne pouvait intervenir qu'à la demande des États participants. M. Abdulla-Zade a présenté le bilan des procès suivis par l'Alliance en 2022.
Principaux résultats
1. Les membres ont validé le calendrier des visites de suivi au Kirghizistan et au Tadjikistan.
2. Le Secrétaire général de l'OSCE sera informé des conclusions par écrit.
Engagements clés
1. Le BIDDH s'est engagé à publier d'ici à juin un guide pratique en russe et en anglais.
2. L'Alliance s'est engagée à organiser un atelier de formation à Almaty en septembre.
""", [
    ("E", REU, ["la réunion"]),
    ("O", GT, ["Groupe de travail"]),
    ("O", "Bureau des institutions démocratiques et des droits de l'homme", ["BIDDH"]),
    ("O", "Organisation pour la sécurité et la coopération en Europe", ["OSCE"]),
    ("O", "Alliance des juristes indépendants d'Almaty", ["l'Alliance"]),
    ("O", "Centre des droits de l'homme de Khodjent", []),
    ("O", "Haut-Commissariat des Nations Unies aux droits de l'homme", ["HCDH"]),
    ("P", "Marie-Claire Dufresne-Okafor", ["Mme Marie-Claire Dufresne-Okafor", "Mme Dufresne-Okafor", "Dufresne-Okafor"]),
    ("P", "Timur Abdulla-Zade", ["M. Timur Abdulla-Zade", "M. Abdulla-Zade", "Abdulla-Zade"]),
    ("P", "Gulnara Saidova", ["Mme Gulnara Saidova", "Saidova"]),
    ("P", "Secrétaire général de l'OSCE", [], True),
    ("L", "Varsovie"), ("L", "Almaty"), ("L", "Kirghizistan"), ("L", "Tadjikistan"),
    ("L", "Asie centrale", [], True),
    ("L", "Khodjent", [], True),
    ("L", "Europe", [], True),
], [
    (REU, "location", "Varsovie"),
    (REU, "startDate", "2023-04-26"),
    (REU, "?endDate", "2023-04-26"),
    (REU, "?organizer", "Bureau des institutions démocratiques et des droits de l'homme"),
    (REU, "?organizer", "Marie-Claire Dufresne-Okafor"),
    (REU, "?organizer", GT),
    (REU, "attendee", "Marie-Claire Dufresne-Okafor"),
    (REU, "attendee", "Timur Abdulla-Zade"),
    (REU, "attendee", "Gulnara Saidova"),
    (REU, "?attendee", "Bureau des institutions démocratiques et des droits de l'homme"),
    (REU, "?attendee", "Alliance des juristes indépendants d'Almaty"),
    (REU, "?attendee", "Centre des droits de l'homme de Khodjent"),
    ("Marie-Claire Dufresne-Okafor", "jobTitle", "directrice adjointe"),
    ("Marie-Claire Dufresne-Okafor", "memberOf", "Bureau des institutions démocratiques et des droits de l'homme"),
    ("Timur Abdulla-Zade", "jobTitle", "président"),
    ("Timur Abdulla-Zade", "headOf", "Alliance des juristes indépendants d'Almaty"),
    ("Gulnara Saidova", "jobTitle", "coordinatrice"),
    ("Gulnara Saidova", "headOf", "Centre des droits de l'homme de Khodjent"),
    ("Bureau des institutions démocratiques et des droits de l'homme", "subOrganizationOf", "Organisation pour la sécurité et la coopération en Europe"),
    ("Centre des droits de l'homme de Khodjent", "memberOf", GT),
    ("Alliance des juristes indépendants d'Almaty", "memberOf", GT),
    ("Haut-Commissariat des Nations Unies aux droits de l'homme", "?memberOf", GT),
    (GT, "?subOrganizationOf", "Bureau des institutions démocratiques et des droits de l'homme"),
])

# ---------------------------------------------------------------- fr-05 (no event, no agreement)
doc("fr-05", "fr", """
Note d'information
Nomination de Mme Salimata Traoré-Lindqvist au poste de Représentante résidente du PNUD au Tchad
New York, 19 janvier 2024
L'Administrateur du Programme des Nations Unies pour le développement (PNUD) a annoncé mercredi la nomination de Mme Salimata Traoré-Lindqvist, de nationalité burkinabè et suédoise, au poste de Représentante résidente du PNUD au Tchad. Elle succède à M. Karim El Fassi-Bennani, qui a rejoint le Bureau régional du PNUD pour les États arabes à Amman.
Mme Traoré-Lindqvist apporte plus de vingt ans d'expérience dans le domaine de la gouvernance et de la consolidation de la paix. Auparavant, elle était directrice du Centre de services régional du PNUD pour l'Afrique à Addis-Abeba, une unité relevant du Bureau régional pour l'Afrique, et elle avait dirigé l'équipe de gouvernance de l'Organisation internationale de la Francophonie (OIF) à Paris.
Dans le cadre de ses nouvelles fonctions, elle coordonnera l'appui du PNUD aux provinces du Ouaddaï et du Salamat, qui accueillent une part importante des réfugiés arrivés du Soudan depuis avril 2023.
Titulaire d'un doctorat en économie du développement de l'Université Cheikh-Anta-Diop de Dakar, Mme Traoré-Lindqvist parle couramment le français, l'anglais et le suédois.
« Le Tchad est à un tournant décisif, et le PNUD doit être aux côtés des communautés d'accueil comme des personnes déplacées », a-t-elle déclaré.
""", [
    ("P", "Salimata Traoré-Lindqvist", ["Mme Salimata Traoré-Lindqvist", "Mme Traoré-Lindqvist", "Traoré-Lindqvist"]),
    ("P", "Karim El Fassi-Bennani", ["M. Karim El Fassi-Bennani", "El Fassi-Bennani"]),
    ("P", "Administrateur du Programme des Nations Unies pour le développement", ["Administrateur"], True),
    ("O", "Programme des Nations Unies pour le développement", ["PNUD"]),
    ("O", "Bureau régional du PNUD pour les États arabes", []),
    ("O", "Centre de services régional du PNUD pour l'Afrique", []),
    ("O", "Bureau régional pour l'Afrique", []),
    ("O", "Organisation internationale de la Francophonie", ["OIF"]),
    ("O", "Université Cheikh-Anta-Diop", ["Université Cheikh-Anta-Diop de Dakar"]),
    ("L", "New York"), ("L", "Tchad"), ("L", "Amman"), ("L", "Addis-Abeba"), ("L", "Paris"), ("L", "Ouaddaï"), ("L", "Salamat"),
    ("L", "Soudan"), ("L", "Dakar"),
    ("L", "Afrique", [], True),
], [
    ("Salimata Traoré-Lindqvist", "jobTitle", "Représentante résidente"),
    ("Salimata Traoré-Lindqvist", "memberOf", "Programme des Nations Unies pour le développement"),
    ("Salimata Traoré-Lindqvist", "?jobTitle", "directrice"),
    ("Salimata Traoré-Lindqvist", "?headOf", "Centre de services régional du PNUD pour l'Afrique"),
    ("Salimata Traoré-Lindqvist", "?memberOf", "Organisation internationale de la Francophonie"),
    ("Karim El Fassi-Bennani", "memberOf", "Bureau régional du PNUD pour les États arabes"),
    ("Karim El Fassi-Bennani", "?memberOf", "Programme des Nations Unies pour le développement"),
    ("Centre de services régional du PNUD pour l'Afrique", "subOrganizationOf", "Bureau régional pour l'Afrique"),
    ("Centre de services régional du PNUD pour l'Afrique", "?subOrganizationOf", "Programme des Nations Unies pour le développement"),
    ("Bureau régional du PNUD pour les États arabes", "?subOrganizationOf", "Programme des Nations Unies pour le développement"),
    ("Bureau régional pour l'Afrique", "?subOrganizationOf", "Programme des Nations Unies pour le développement"),
])

# ---------------------------------------------------------------- fr-06
AT = "atelier régional de l'IGAD sur la gestion coordonnée des frontières"
doc("fr-06", "fr", """
Communiqué de presse
Djibouti, 2 décembre 2022
Clôture à Djibouti de l'atelier régional de l'IGAD sur la gestion coordonnée des frontières
L'Autorité intergouvernementale pour le développement (IGAD) a ouvert mardi à Djibouti un atelier régional de trois jours sur la gestion coordonnée des frontières dans la Corne de l'Afrique. Organisé par le Centre d'excellence de l'IGAD pour la prévention et la lutte contre l'extrémisme violent (ICEPCVE), avec l'appui de l'Organisation internationale pour les migrations (OIM), l'atelier s'est achevé jeudi.
Des responsables des services d'immigration de Djibouti, d'Éthiopie, du Kenya, de Somalie et du Soudan y ont pris part, aux côtés de représentants du Bureau régional d'INTERPOL à Nairobi et de l'Observatoire des mobilités pastorales de Dikhil (OMPD), une organisation de la société civile djiboutienne.
« Les frontières de notre région sont vivantes : ce sont des marchés, des pâturages et des familles », a souligné Mme Liya Tesfaye-Haile, directrice de l'ICEPCVE, à l'ouverture des travaux. Le Secrétaire exécutif adjoint de l'IGAD, M. Abdirahman Cabdi Warsame, a pour sa part rappelé que le Centre avait formé plus de 1 200 agents depuis 2016.
Les participants ont examiné des études de cas sur les corridors Dikhil–Galafi et Moyale, et sur l'échange de données biométriques entre les postes frontaliers.
Engagements clés
1. L'OIM s'est engagée à financer deux postes frontaliers pilotes en 2023.
2. L'OMPD s'est engagé à diffuser les conclusions de l'atelier auprès des associations d'éleveurs.
""", [
    ("E", AT, ["l'atelier", "atelier régional"]),
    ("O", "Autorité intergouvernementale pour le développement", ["IGAD"]),
    ("O", "Centre d'excellence de l'IGAD pour la prévention et la lutte contre l'extrémisme violent", ["ICEPCVE", "le Centre"]),
    ("O", "Organisation internationale pour les migrations", ["OIM"]),
    ("O", "Bureau régional d'INTERPOL à Nairobi", []),
    ("O", "INTERPOL", [], True),
    ("O", "Observatoire des mobilités pastorales de Dikhil", ["OMPD"]),
    ("P", "Liya Tesfaye-Haile", ["Mme Liya Tesfaye-Haile", "Tesfaye-Haile"]),
    ("P", "Abdirahman Cabdi Warsame", ["M. Abdirahman Cabdi Warsame", "Warsame"]),
    ("L", "Djibouti"), ("L", "Corne de l'Afrique"), ("L", "Éthiopie"), ("L", "Kenya"), ("L", "Somalie"),
    ("L", "Soudan"), ("L", "Nairobi"), ("L", "Dikhil"), ("L", "Galafi"), ("L", "Moyale"),
], [
    (AT, "location", "Djibouti"),
    (AT, "startDate", "2022-11-29"),
    (AT, "endDate", "2022-12-01"),
    (AT, "organizer", "Centre d'excellence de l'IGAD pour la prévention et la lutte contre l'extrémisme violent"),
    (AT, "?organizer", "Autorité intergouvernementale pour le développement"),
    (AT, "?organizer", "Organisation internationale pour les migrations"),
    (AT, "attendee", "Bureau régional d'INTERPOL à Nairobi"),
    (AT, "attendee", "Observatoire des mobilités pastorales de Dikhil"),
    (AT, "attendee", "Liya Tesfaye-Haile"),
    (AT, "attendee", "Abdirahman Cabdi Warsame"),
    ("Liya Tesfaye-Haile", "jobTitle", "directrice"),
    ("Liya Tesfaye-Haile", "headOf", "Centre d'excellence de l'IGAD pour la prévention et la lutte contre l'extrémisme violent"),
    ("Abdirahman Cabdi Warsame", "jobTitle", "Secrétaire exécutif adjoint"),
    ("Abdirahman Cabdi Warsame", "memberOf", "Autorité intergouvernementale pour le développement"),
    ("Centre d'excellence de l'IGAD pour la prévention et la lutte contre l'extrémisme violent", "?subOrganizationOf", "Autorité intergouvernementale pour le développement"),
    ("Bureau régional d'INTERPOL à Nairobi", "?subOrganizationOf", "INTERPOL"),
])

# ---------------------------------------------------------------- fr-07
RM = "quatrième Réunion ministérielle CEDEAO-UE sur la migration et la mobilité"
DECL = "Déclaration d'Abuja sur la mobilité régionale et la protection des migrants"
doc("fr-07", "fr", """
Communiqué final
Abuja, 16 novembre 2023
La quatrième Réunion ministérielle CEDEAO-UE sur la migration et la mobilité s'est tenue les 14 et 15 novembre 2023 à Abuja, au Nigeria, à l'invitation de la Commission de la CEDEAO (Communauté économique des États de l'Afrique de l'Ouest). Elle a rassemblé les ministres chargés des migrations des quinze États membres de la CEDEAO et des représentants de l'Union européenne (UE).
La réunion était coprésidée par M. Olusegun Adeyemi-Cole, Commissaire aux affaires humanitaires et sociales de la Commission de la CEDEAO, et par Mme Sofia Lindgren Araújo, directrice générale adjointe à la Direction générale des partenariats internationaux (DG INTPA) de la Commission européenne.
Une déclaration a été faite par Mme Fatou Ndiaye-Sarr au nom de la Plateforme ouest-africaine des migrants et des diasporas (POAMD), qui a demandé que les organisations de migrants soient associées au suivi des engagements.
Le 15 novembre 2023, les ministres ont adopté la Déclaration d'Abuja sur la mobilité régionale et la protection des migrants, signée par M. Adeyemi-Cole et Mme Lindgren Araújo au nom de la CEDEAO et de l'UE. La Déclaration prévoit notamment la création d'un fonds conjoint pour la réintégration des migrants de retour.
« Cette Déclaration fait de la libre circulation un levier de développement, et non une menace », a déclaré M. Adeyemi-Cole.
Engagements clés
1. L'Union européenne s'est engagée à mobiliser 45 millions d'euros pour le fonds conjoint.
2. La Commission de la CEDEAO s'est engagée à présenter un rapport d'étape lors de la cinquième réunion ministérielle, prévue à Bruxelles en 2024.
""", [
    ("E", RM, ["Réunion ministérielle CEDEAO-UE sur la migration et la mobilité", "la réunion"]),
    ("E", "cinquième réunion ministérielle", [], True),
    ("A", DECL, ["la Déclaration", "Cette Déclaration"]),
    ("O", "Communauté économique des États de l'Afrique de l'Ouest", ["CEDEAO"]),
    ("O", "Commission de la CEDEAO", []),
    ("O", "Union européenne", ["UE"]),
    ("O", "Commission européenne", []),
    ("O", "Direction générale des partenariats internationaux", ["DG INTPA"]),
    ("O", "Plateforme ouest-africaine des migrants et des diasporas", ["POAMD"]),
    ("P", "Olusegun Adeyemi-Cole", ["M. Olusegun Adeyemi-Cole", "M. Adeyemi-Cole", "Adeyemi-Cole"]),
    ("P", "Sofia Lindgren Araújo", ["Mme Sofia Lindgren Araújo", "Mme Lindgren Araújo", "Lindgren Araújo"]),
    ("P", "Fatou Ndiaye-Sarr", ["Mme Fatou Ndiaye-Sarr", "Ndiaye-Sarr"]),
    ("L", "Abuja"), ("L", "Nigeria"), ("L", "Bruxelles"),
    ("L", "Afrique de l'Ouest", [], True),
], [
    (RM, "location", "Abuja"),
    (RM, "?location", "Nigeria"),
    (RM, "startDate", "2023-11-14"),
    (RM, "endDate", "2023-11-15"),
    (RM, "organizer", "Commission de la CEDEAO"),
    (RM, "?organizer", "Olusegun Adeyemi-Cole"),
    (RM, "?organizer", "Sofia Lindgren Araújo"),
    (RM, "attendee", "Olusegun Adeyemi-Cole"),
    (RM, "attendee", "Sofia Lindgren Araújo"),
    (RM, "attendee", "Union européenne"),
    (RM, "?attendee", "Communauté économique des États de l'Afrique de l'Ouest"),
    (RM, "?attendee", "Fatou Ndiaye-Sarr"),
    (RM, "?attendee", "Plateforme ouest-africaine des migrants et des diasporas"),
    (RM, "?attendee", "Commission européenne"),
    (RM, "?attendee", "Direction générale des partenariats internationaux"),
    ("Olusegun Adeyemi-Cole", "jobTitle", "Commissaire aux affaires humanitaires et sociales"),
    ("Olusegun Adeyemi-Cole", "memberOf", "Commission de la CEDEAO"),
    ("Sofia Lindgren Araújo", "jobTitle", "directrice générale adjointe"),
    ("Sofia Lindgren Araújo", "memberOf", "Direction générale des partenariats internationaux"),
    ("Fatou Ndiaye-Sarr", "?memberOf", "Plateforme ouest-africaine des migrants et des diasporas"),
    ("Direction générale des partenariats internationaux", "?subOrganizationOf", "Commission européenne"),
    ("Commission de la CEDEAO", "?subOrganizationOf", "Communauté économique des États de l'Afrique de l'Ouest"),
    ("Commission européenne", "?subOrganizationOf", "Union européenne"),
    (DECL, "party", "Communauté économique des États de l'Afrique de l'Ouest"),
    (DECL, "party", "Union européenne"),
    (DECL, "signedAt", RM),
    (DECL, "signedBy", "Olusegun Adeyemi-Cole"),
    (DECL, "signedBy", "Sofia Lindgren Araújo"),
    (DECL, "date", "2023-11-15"),
    ("cinquième réunion ministérielle", "?location", "Bruxelles"),
])

# ---------------------------------------------------------------- fr-08
CONS = "Consultation régionale sur la protection des défenseurs des droits humains au Nord-Kivu"
FDR = "Feuille de route de Goma pour la protection des défenseurs des droits humains"
doc("fr-08", "fr", """
Rapport de mission
Consultation régionale sur la protection des défenseurs des droits humains au Nord-Kivu
Goma, du 21 au 23 novembre 2023
Du 21 au 23 novembre 2023, le Bureau conjoint des Nations Unies aux droits de l'homme (BCNUDH) a organisé à Goma une consultation régionale sur la protection des défenseurs des droits humains dans les provinces du Nord-Kivu et de l'Ituri. Le BCNUDH relève à la fois de la Mission de l'Organisation des Nations Unies pour la stabilisation en République démocratique du Congo (MONUSCO) et du Haut-Commissariat des Nations Unies aux droits de l'homme (HCDH).
La consultation a été ouverte par M. Patrice Mbuyi wa Kalala, directeur du BCNUDH, avec la participation de représentantes et représentants du Collectif des femmes juristes du Nord-Kivu (CFJNK), de la Ligue kivutienne pour les droits de la personne (LIKIDEP) et de la Commission nationale des droits de l'homme (CNDH).
« Une défenseuse menacée à Rutshuru doit pouvoir compter sur une réponse dans les 48 heures », a plaidé Mme Esther Kahindo Mumbere, présidente du CFJNK. M. Mbuyi wa Kalala a rappelé que le Bureau avait documenté 37 cas de menaces depuis janvier.
Principaux résultats
1. Les participants ont adopté le 23 novembre la Feuille de route de Goma pour la protection des défenseurs des droits humains, élaborée conjointement par le BCNUDH, la CNDH et les organisations de la société civile présentes.
2. Un point focal a été désigné dans chaque territoire.
Engagements clés
1. Le BCNUDH s'est engagé à publier un rapport de suivi semestriel.
2. La CNDH s'est engagée à saisir le parquet de chaque cas signalé par la LIKIDEP.
3. Le CFJNK s'est engagé à former quarante avocates à Goma et à Butembo.
""", [
    ("E", CONS, ["consultation régionale sur la protection des défenseurs des droits humains", "la consultation"]),
    ("A", FDR, []),
    ("O", "Bureau conjoint des Nations Unies aux droits de l'homme", ["BCNUDH", "le Bureau"]),
    ("O", "Mission de l'Organisation des Nations Unies pour la stabilisation en République démocratique du Congo", ["MONUSCO"]),
    ("O", "Haut-Commissariat des Nations Unies aux droits de l'homme", ["HCDH"]),
    ("O", "Organisation des Nations Unies", [], True),
    ("O", "Collectif des femmes juristes du Nord-Kivu", ["CFJNK"]),
    ("O", "Ligue kivutienne pour les droits de la personne", ["LIKIDEP"]),
    ("O", "Commission nationale des droits de l'homme", ["CNDH"]),
    ("P", "Patrice Mbuyi wa Kalala", ["M. Patrice Mbuyi wa Kalala", "M. Mbuyi wa Kalala", "Mbuyi wa Kalala"]),
    ("P", "Esther Kahindo Mumbere", ["Mme Esther Kahindo Mumbere", "Kahindo Mumbere"]),
    ("L", "Goma"), ("L", "Nord-Kivu"), ("L", "Ituri"), ("L", "Rutshuru"), ("L", "Butembo"),
    ("L", "République démocratique du Congo", [], True),
], [
    (CONS, "location", "Goma"),
    (CONS, "startDate", "2023-11-21"),
    (CONS, "endDate", "2023-11-23"),
    (CONS, "organizer", "Bureau conjoint des Nations Unies aux droits de l'homme"),
    (CONS, "attendee", "Patrice Mbuyi wa Kalala"),
    (CONS, "attendee", "Collectif des femmes juristes du Nord-Kivu"),
    (CONS, "attendee", "Ligue kivutienne pour les droits de la personne"),
    (CONS, "attendee", "Commission nationale des droits de l'homme"),
    (CONS, "?attendee", "Esther Kahindo Mumbere"),
    (CONS, "?location", "Nord-Kivu"),
    ("Bureau conjoint des Nations Unies aux droits de l'homme", "subOrganizationOf", "Mission de l'Organisation des Nations Unies pour la stabilisation en République démocratique du Congo"),
    ("Bureau conjoint des Nations Unies aux droits de l'homme", "subOrganizationOf", "Haut-Commissariat des Nations Unies aux droits de l'homme"),
    ("Patrice Mbuyi wa Kalala", "jobTitle", "directeur"),
    ("Patrice Mbuyi wa Kalala", "headOf", "Bureau conjoint des Nations Unies aux droits de l'homme"),
    ("Esther Kahindo Mumbere", "jobTitle", "présidente"),
    ("Esther Kahindo Mumbere", "headOf", "Collectif des femmes juristes du Nord-Kivu"),
    (FDR, "signedAt", CONS),
    (FDR, "date", "2023-11-23"),
    (FDR, "?party", "Bureau conjoint des Nations Unies aux droits de l'homme"),
    (FDR, "?party", "Commission nationale des droits de l'homme"),
    (FDR, "?party", "Collectif des femmes juristes du Nord-Kivu"),
    (FDR, "?party", "Ligue kivutienne pour les droits de la personne"),
])

# ---------------------------------------------------------------- fr-09
FCN = "premier Forum des cultures numériques francophones"
CADRE = "Cadre de coopération OIF-UNESCO sur la diversité culturelle numérique"
doc("fr-09", "fr", """
Communiqué conjoint
Lomé, 5 octobre 2023
L'OIF et l'UNESCO renforcent leur coopération en faveur de la diversité culturelle numérique
L'Organisation internationale de la Francophonie (OIF) et l'Organisation des Nations Unies pour l'éducation, la science et la culture (UNESCO) ont signé mercredi à Lomé, au Togo, un cadre de coopération pour la période 2024-2027 visant à améliorer la découvrabilité des contenus culturels francophones en ligne.
Le Cadre de coopération OIF-UNESCO sur la diversité culturelle numérique a été signé en marge du premier Forum des cultures numériques francophones, organisé du 2 au 4 octobre 2023 par l'Agence togolaise du numérique culturel (ATNC) avec l'appui du Bureau régional de l'UNESCO à Dakar. Plus de 300 créatrices et créateurs venus de 24 pays ont pris part au Forum.
Le texte a été signé par Mme Aïssatou de Souza-Mensah, Administratrice de l'OIF, et par M. Rodrigo Almeida Ferraz, Sous-Directeur général pour la culture de l'UNESCO.
« Sans politiques publiques de découvrabilité, nos langues disparaîtront des écrans avant de disparaître des rues », a averti Mme de Souza-Mensah. M. Almeida Ferraz a salué « une alliance naturelle entre deux organisations qui partagent la même conviction ».
Engagements clés
1. L'UNESCO s'est engagée à ouvrir aux créateurs francophones son programme de formation sur les plateformes de diffusion en continu.
2. L'OIF s'est engagée à financer trois incubateurs culturels, à Lomé, Cotonou et Niamey.
""", [
    ("A", CADRE, ["cadre de coopération", "le texte"]),
    ("E", FCN, ["Forum des cultures numériques francophones", "Forum"]),
    ("O", "Organisation internationale de la Francophonie", ["OIF"]),
    ("O", "Organisation des Nations Unies pour l'éducation, la science et la culture", ["UNESCO"]),
    ("O", "Agence togolaise du numérique culturel", ["ATNC"]),
    ("O", "Bureau régional de l'UNESCO à Dakar", []),
    ("P", "Aïssatou de Souza-Mensah", ["Mme Aïssatou de Souza-Mensah", "Mme de Souza-Mensah", "de Souza-Mensah"]),
    ("P", "Rodrigo Almeida Ferraz", ["M. Rodrigo Almeida Ferraz", "M. Almeida Ferraz", "Almeida Ferraz"]),
    ("L", "Lomé"), ("L", "Togo"), ("L", "Dakar"), ("L", "Cotonou"), ("L", "Niamey"),
], [
    (CADRE, "party", "Organisation internationale de la Francophonie"),
    (CADRE, "party", "Organisation des Nations Unies pour l'éducation, la science et la culture"),
    (CADRE, "signedAt", FCN),
    (CADRE, "signedBy", "Aïssatou de Souza-Mensah"),
    (CADRE, "signedBy", "Rodrigo Almeida Ferraz"),
    (CADRE, "date", "2023-10-04"),
    (FCN, "location", "Lomé"),
    (FCN, "?location", "Togo"),
    (FCN, "startDate", "2023-10-02"),
    (FCN, "endDate", "2023-10-04"),
    (FCN, "organizer", "Agence togolaise du numérique culturel"),
    (FCN, "?organizer", "Bureau régional de l'UNESCO à Dakar"),
    (FCN, "?attendee", "Aïssatou de Souza-Mensah"),
    (FCN, "?attendee", "Rodrigo Almeida Ferraz"),
    (FCN, "?attendee", "Organisation internationale de la Francophonie"),
    (FCN, "?attendee", "Organisation des Nations Unies pour l'éducation, la science et la culture"),
    ("Aïssatou de Souza-Mensah", "jobTitle", "Administratrice"),
    ("Aïssatou de Souza-Mensah", "memberOf", "Organisation internationale de la Francophonie"),
    ("Rodrigo Almeida Ferraz", "jobTitle", "Sous-Directeur général pour la culture"),
    ("Rodrigo Almeida Ferraz", "memberOf", "Organisation des Nations Unies pour l'éducation, la science et la culture"),
    ("Bureau régional de l'UNESCO à Dakar", "?subOrganizationOf", "Organisation des Nations Unies pour l'éducation, la science et la culture"),
])

# ---------------------------------------------------------------- fr-10
CONF = "deuxième Conférence régionale sur la jeunesse, la paix et la sécurité dans le bassin du lac Tchad"
STRAT = "Stratégie régionale pour l'engagement des jeunes dans la stabilisation du bassin du lac Tchad"
doc("fr-10", "fr", """
N'Djamena, 21 juin 2024
Bassin du lac Tchad : adoption d'une stratégie régionale pour l'engagement des jeunes
La Commission du bassin du lac Tchad (CBLT) a convoqué, du 18 au 20 juin 2024 à N'Djamena, la deuxième Conférence régionale sur la jeunesse, la paix et la sécurité dans le bassin du lac Tchad. La Conférence était coorganisée par la CBLT et le Bureau des Nations Unies pour l'Afrique de l'Ouest et le Sahel (UNOWAS), avec l'appui financier de l'Union européenne.
Les travaux ont été ouverts par le Secrétaire exécutif de la CBLT et par la Représentante spéciale adjointe du Secrétaire général pour l'Afrique de l'Ouest et le Sahel, Mme Nadia Benali-Ferhat.
Des délégations du Cameroun, du Niger, du Nigeria et du Tchad, ainsi que des représentants du Conseil régional de la jeunesse du lac Tchad (CRJLT) et de la plateforme Jeunes bâtisseurs de paix de Maroua ont pris part aux travaux, qui se sont déroulés dans le cadre du mandat de la CBLT en matière de stabilisation.
Le 20 juin 2024, à l'issue de la Conférence, les États membres de la CBLT ont adopté la Stratégie régionale pour l'engagement des jeunes dans la stabilisation du bassin du lac Tchad (2024-2029). La Stratégie prévoit qu'au moins 30 % des comités locaux de stabilisation comptent des jeunes de moins de 30 ans.
« Les jeunes ne sont pas seulement des victimes ou des recrues potentielles : ils sont les premiers artisans de la paix », a déclaré Mme Benali-Ferhat.
Engagements clés
1. L'UNOWAS s'est engagé à appuyer la mise en place d'un observatoire régional de la jeunesse.
2. Le CRJLT s'est engagé à rendre compte chaque année de la mise en œuvre de la Stratégie.
""", [
    ("E", CONF, ["la Conférence"]),
    ("A", STRAT, ["la Stratégie", "stratégie régionale"]),
    ("O", "Commission du bassin du lac Tchad", ["CBLT"]),
    ("O", "Bureau des Nations Unies pour l'Afrique de l'Ouest et le Sahel", ["UNOWAS"]),
    ("O", "Union européenne", []),
    ("O", "Conseil régional de la jeunesse du lac Tchad", ["CRJLT"]),
    ("O", "Jeunes bâtisseurs de paix de Maroua", ["plateforme Jeunes bâtisseurs de paix de Maroua"]),
    ("P", "Nadia Benali-Ferhat", ["Mme Nadia Benali-Ferhat", "Mme Benali-Ferhat", "Benali-Ferhat"]),
    ("P", "Secrétaire exécutif de la CBLT", ["Secrétaire exécutif"], True),
    ("L", "N'Djamena"), ("L", "bassin du lac Tchad", ["Bassin du lac Tchad", "lac Tchad"]),
    ("L", "Cameroun"), ("L", "Niger"), ("L", "Nigeria"), ("L", "Tchad"),
    ("L", "Maroua", [], True),
    ("L", "Afrique de l'Ouest", [], True),
    ("L", "Sahel", [], True),
], [
    (CONF, "location", "N'Djamena"),
    (CONF, "startDate", "2024-06-18"),
    (CONF, "endDate", "2024-06-20"),
    (CONF, "organizer", "Commission du bassin du lac Tchad"),
    (CONF, "organizer", "Bureau des Nations Unies pour l'Afrique de l'Ouest et le Sahel"),
    (CONF, "attendee", "Nadia Benali-Ferhat"),
    (CONF, "attendee", "Conseil régional de la jeunesse du lac Tchad"),
    (CONF, "attendee", "Jeunes bâtisseurs de paix de Maroua"),
    (CONF, "?attendee", "Union européenne"),
    (CONF, "?attendee", "Commission du bassin du lac Tchad"),
    (CONF, "?attendee", "Bureau des Nations Unies pour l'Afrique de l'Ouest et le Sahel"),
    ("Nadia Benali-Ferhat", "jobTitle", "Représentante spéciale adjointe du Secrétaire général pour l'Afrique de l'Ouest et le Sahel"),
    ("Nadia Benali-Ferhat", "?memberOf", "Bureau des Nations Unies pour l'Afrique de l'Ouest et le Sahel"),
    (STRAT, "party", "Commission du bassin du lac Tchad"),
    (STRAT, "signedAt", CONF),
    (STRAT, "date", "2024-06-20"),
])

# ---------------------------------------------------------------- fr-11 (no event, no agreement)
ROAMC = "Réseau ouest-africain pour la médiation citoyenne"
doc("fr-11", "fr", """
Présentation du réseau
Le Réseau ouest-africain pour la médiation citoyenne (ROAMC) est une plateforme de 46 organisations de la société civile actives dans la prévention des conflits au Burkina Faso, en Côte d'Ivoire, au Ghana, au Mali, au Niger et au Togo.
Gouvernance
Le réseau est présidé par M. Boukary Zongo, ancien médiateur de la commune de Dori. Le Secrétariat exécutif du ROAMC, basé à Ouagadougou, est dirigé par Mme Amina Diallo-Kouyaté. Le réseau dispose d'une antenne à Bobo-Dioulasso, le Bureau de liaison des Hauts-Bassins, qui relève du Secrétariat exécutif et est coordonné par M. Yacouba Sanou.
Membres et partenaires
Parmi les organisations membres de la plateforme figurent l'Association des femmes leaders de Ménaka (AFLM) et le Centre ivoirien pour le dialogue intercommunautaire (CIDI). Le ROAMC est lui-même membre du Partenariat mondial pour la prévention des conflits armés (GPPAC) et du Réseau africain des mécanismes d'alerte précoce de la société civile (RAMAP).
Les activités du réseau sont soutenues par le Fonds pour la consolidation de la paix des Nations Unies et par la Direction du développement et de la coopération (DDC) de la Suisse.
Dans le cadre de son plan stratégique 2022-2026, le réseau forme chaque année une centaine de médiateurs communautaires, en priorité des femmes et des jeunes. Mme Diallo-Kouyaté rappelle que « la médiation n'est pas un luxe de temps de paix, mais une nécessité de chaque jour ».
Contact : secretariat@roamc.example.org
""", [
    ("O", ROAMC, ["ROAMC", "le réseau", "la plateforme"]),
    ("O", "Secrétariat exécutif du ROAMC", ["Secrétariat exécutif"]),
    ("O", "Bureau de liaison des Hauts-Bassins", []),
    ("O", "Association des femmes leaders de Ménaka", ["AFLM"]),
    ("O", "Centre ivoirien pour le dialogue intercommunautaire", ["CIDI"]),
    ("O", "Partenariat mondial pour la prévention des conflits armés", ["GPPAC"]),
    ("O", "Réseau africain des mécanismes d'alerte précoce de la société civile", ["RAMAP"]),
    ("O", "Fonds pour la consolidation de la paix des Nations Unies", []),
    ("O", "Direction du développement et de la coopération", ["DDC"]),
    ("O", "Nations Unies", [], True),
    ("P", "Boukary Zongo", ["M. Boukary Zongo", "Zongo"]),
    ("P", "Amina Diallo-Kouyaté", ["Mme Amina Diallo-Kouyaté", "Mme Diallo-Kouyaté", "Diallo-Kouyaté"]),
    ("P", "Yacouba Sanou", ["M. Yacouba Sanou", "Sanou"]),
    ("A", "plan stratégique 2022-2026", [], True),
    ("L", "Burkina Faso"), ("L", "Côte d'Ivoire"), ("L", "Ghana"), ("L", "Mali"), ("L", "Niger"), ("L", "Togo"),
    ("L", "Ouagadougou"), ("L", "Bobo-Dioulasso"), ("L", "Dori", ["commune de Dori"]), ("L", "Suisse"),
    ("L", "Hauts-Bassins", [], True),
    ("L", "Ménaka", [], True),
], [
    ("Boukary Zongo", "headOf", ROAMC),
    ("Boukary Zongo", "?jobTitle", "ancien médiateur"),
    ("Amina Diallo-Kouyaté", "headOf", "Secrétariat exécutif du ROAMC"),
    ("Amina Diallo-Kouyaté", "?memberOf", ROAMC),
    ("Yacouba Sanou", "headOf", "Bureau de liaison des Hauts-Bassins"),
    ("Yacouba Sanou", "?memberOf", ROAMC),
    ("Secrétariat exécutif du ROAMC", "?subOrganizationOf", ROAMC),
    ("Bureau de liaison des Hauts-Bassins", "subOrganizationOf", "Secrétariat exécutif du ROAMC"),
    ("Bureau de liaison des Hauts-Bassins", "?subOrganizationOf", ROAMC),
    ("Association des femmes leaders de Ménaka", "memberOf", ROAMC),
    ("Centre ivoirien pour le dialogue intercommunautaire", "memberOf", ROAMC),
    (ROAMC, "memberOf", "Partenariat mondial pour la prévention des conflits armés"),
    (ROAMC, "memberOf", "Réseau africain des mécanismes d'alerte précoce de la société civile"),
    ("Fonds pour la consolidation de la paix des Nations Unies", "?subOrganizationOf", "Nations Unies"),
])

# ---------------------------------------------------------------- fr-12
CP = "Réunion du comité de pilotage du projet SAHEL-CRIM"
PAI = "Protocole d'accord INTERPOL-AFRIPOL sur l'échange de données policières"
COM = "comité de pilotage du projet SAHEL-CRIM"
doc("fr-12", "fr", """
Compte rendu
Réunion du comité de pilotage du projet SAHEL-CRIM
Lyon, 26 septembre 2024
Le comité de pilotage du projet SAHEL-CRIM s'est réuni lundi et mardi au siège du Secrétariat général d'INTERPOL, à Lyon. Le comité réunit INTERPOL, l'AFRIPOL (Mécanisme de l'Union africaine pour la coopération policière), l'Office des Nations Unies contre la drogue et le crime (ONUDC) et les services de police du Mali, de la Mauritanie, du Niger et du Tchad.
La réunion était présidée conjointement par Mme Claudia Reyes de la Fuente, directrice de la Direction de la lutte contre le terrorisme d'INTERPOL, et par le commissaire divisionnaire Ousmane Faye, directeur exécutif adjoint de l'AFRIPOL. Le Dr Mamadou Lamine Sall, conseiller régional de l'ONUDC pour le Sahel, a présenté l'évaluation à mi-parcours du projet.
Principaux résultats
1. Le Protocole d'accord INTERPOL-AFRIPOL sur l'échange de données policières a été signé mardi par Mme Reyes de la Fuente et le commissaire Faye, en marge de la réunion.
2. Le Dr Sall a recommandé d'étendre le projet au Burkina Faso en 2025.
3. Le Secrétaire général d'INTERPOL a adressé un message vidéo aux participants.
Engagements clés
1. L'AFRIPOL s'est engagée à connecter ses points focaux nationaux au système I-24/7 d'ici à mars 2025.
2. L'ONUDC s'est engagé à cofinancer deux sessions de formation à Nouakchott.
""", [
    ("E", CP, ["la réunion"]),
    ("O", COM, ["comité de pilotage", "le comité"]),
    ("A", PAI, ["Protocole d'accord INTERPOL-AFRIPOL"]),
    ("O", "INTERPOL", []),
    ("O", "Secrétariat général d'INTERPOL", [], True),
    ("O", "Mécanisme de l'Union africaine pour la coopération policière", ["AFRIPOL"]),
    ("O", "Union africaine", [], True),
    ("O", "Office des Nations Unies contre la drogue et le crime", ["ONUDC"]),
    ("O", "Direction de la lutte contre le terrorisme d'INTERPOL", ["Direction de la lutte contre le terrorisme"]),
    ("P", "Claudia Reyes de la Fuente", ["Mme Claudia Reyes de la Fuente", "Mme Reyes de la Fuente", "Reyes de la Fuente"]),
    ("P", "Ousmane Faye", ["commissaire divisionnaire Ousmane Faye", "commissaire Faye", "Faye"]),
    ("P", "Mamadou Lamine Sall", ["Dr Mamadou Lamine Sall", "Dr Sall", "Sall"]),
    ("P", "Secrétaire général d'INTERPOL", [], True),
    ("L", "Lyon"), ("L", "Mali"), ("L", "Mauritanie"), ("L", "Niger"), ("L", "Tchad"), ("L", "Sahel", [], True),
    ("L", "Burkina Faso"), ("L", "Nouakchott"),
    ("L", "siège du Secrétariat général d'INTERPOL", [], True),
], [
    (CP, "location", "Lyon"),
    (CP, "?location", "siège du Secrétariat général d'INTERPOL"),
    (CP, "startDate", "2024-09-23"),
    (CP, "endDate", "2024-09-24"),
    (CP, "?organizer", COM),
    (CP, "?organizer", "Claudia Reyes de la Fuente"),
    (CP, "?organizer", "Ousmane Faye"),
    (CP, "attendee", "Claudia Reyes de la Fuente"),
    (CP, "attendee", "Ousmane Faye"),
    (CP, "attendee", "Mamadou Lamine Sall"),
    (CP, "?attendee", "INTERPOL"),
    (CP, "?attendee", "Mécanisme de l'Union africaine pour la coopération policière"),
    (CP, "?attendee", "Office des Nations Unies contre la drogue et le crime"),
    (CP, "?attendee", COM),
    ("INTERPOL", "memberOf", COM),
    ("Mécanisme de l'Union africaine pour la coopération policière", "memberOf", COM),
    ("Office des Nations Unies contre la drogue et le crime", "memberOf", COM),
    ("Claudia Reyes de la Fuente", "jobTitle", "directrice"),
    ("Claudia Reyes de la Fuente", "headOf", "Direction de la lutte contre le terrorisme d'INTERPOL"),
    ("Ousmane Faye", "jobTitle", "directeur exécutif adjoint"),
    ("Ousmane Faye", "jobTitle", "commissaire divisionnaire"),
    ("Ousmane Faye", "memberOf", "Mécanisme de l'Union africaine pour la coopération policière"),
    ("Mamadou Lamine Sall", "jobTitle", "conseiller régional"),
    ("Mamadou Lamine Sall", "memberOf", "Office des Nations Unies contre la drogue et le crime"),
    ("Direction de la lutte contre le terrorisme d'INTERPOL", "?subOrganizationOf", "INTERPOL"),
    ("Secrétariat général d'INTERPOL", "?subOrganizationOf", "INTERPOL"),
    ("Mécanisme de l'Union africaine pour la coopération policière", "?subOrganizationOf", "Union africaine"),
    (PAI, "party", "INTERPOL"),
    (PAI, "party", "Mécanisme de l'Union africaine pour la coopération policière"),
    (PAI, "signedAt", CP),
    (PAI, "signedBy", "Claudia Reyes de la Fuente"),
    (PAI, "signedBy", "Ousmane Faye"),
    (PAI, "date", "2024-09-24"),
])
