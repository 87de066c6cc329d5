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

# ================================================================ ajoutés pour l'issue 5 (deuxième lot)

# ---------------------------------------------------------------- fr-13 (atelier coorganisé, « avec la participation de », titre + organe + virgule + nom, Me)
ATR = "Atelier régional sur la protection des défenseurs des droits humains en Afrique de l'Ouest"
BRAO = "Bureau régional pour l'Afrique de l'Ouest"
HCDH = "Haut-Commissariat des Nations Unies aux droits de l'homme"
COAD = "Coalition ouest-africaine des défenseurs des droits humains"
doc("fr-13", "fr", """
Communiqué de presse
Abidjan, le 27 avril 2023
Atelier régional sur la protection des défenseurs des droits humains en Afrique de l'Ouest
L'Atelier régional sur la protection des défenseurs des droits humains en Afrique de l'Ouest s'est tenu les 25 et 26 avril 2023 à Grand-Bassam, en Côte d'Ivoire. Il a été coorganisé par le Bureau régional pour l'Afrique de l'Ouest du Haut-Commissariat des Nations Unies aux droits de l'homme (HCDH) et la Coalition ouest-africaine des défenseurs des droits humains (COADDH), avec la participation de la Commission nationale des droits de l'homme de Côte d'Ivoire (CNDH-CI), d'Amnesty International et du Réseau des journalistes pour la transparence (REJT).
La cheffe du Bureau régional, Mme Solène Kouamé-Bertrand, a ouvert les travaux aux côtés de M. Idrissa Sanogo-Pillay, coordonnateur régional de la COADDH. « Protéger ceux qui défendent les droits, c'est protéger la démocratie elle-même », a déclaré Mme Kouamé-Bertrand.
Me Aminata Fofana-Diabaté, avocate et membre de la COADDH, a présenté une étude sur les poursuites engagées contre des journalistes au Bénin, au Togo et au Burkina Faso. M. Yao N'Guessan, secrétaire général du REJT, a plaidé pour une loi régionale sur la protection des sources.
La COADDH, qui est membre du Réseau panafricain des défenseurs des droits de l'homme (AfricanDefenders), compte aujourd'hui 86 organisations dans 15 pays.
Engagements clés
1. Le HCDH s'est engagé à publier un guide régional sur la protection des défenseurs d'ici à la fin de l'année.
2. La CNDH-CI s'est engagée à désigner un point focal chargé des défenseurs.
""", [
    ("E", ATR, []),
    ("O", BRAO, ["Bureau régional"]),
    ("O", HCDH, ["HCDH"]),
    ("O", COAD, ["COADDH"]),
    ("O", "Commission nationale des droits de l'homme de Côte d'Ivoire", ["CNDH-CI"]),
    ("O", "Amnesty International", []),
    ("O", "Réseau des journalistes pour la transparence", ["REJT"]),
    ("O", "Réseau panafricain des défenseurs des droits de l'homme", ["AfricanDefenders"]),
    ("O", "Nations Unies", [], True),
    ("P", "Solène Kouamé-Bertrand", ["Mme Solène Kouamé-Bertrand", "Mme Kouamé-Bertrand", "Kouamé-Bertrand"]),
    ("P", "Idrissa Sanogo-Pillay", ["M. Idrissa Sanogo-Pillay", "Sanogo-Pillay"]),
    ("P", "Aminata Fofana-Diabaté", ["Me Aminata Fofana-Diabaté", "Fofana-Diabaté"]),
    ("P", "Yao N'Guessan", ["M. Yao N'Guessan", "N'Guessan"]),
    ("L", "Abidjan"), ("L", "Grand-Bassam"), ("L", "Côte d'Ivoire"), ("L", "Bénin"), ("L", "Togo"), ("L", "Burkina Faso"),
    ("L", "Afrique de l'Ouest", [], True),
], [
    (ATR, "location", "Grand-Bassam"),
    (ATR, "?location", "Côte d'Ivoire"),
    (ATR, "startDate", "2023-04-25"),
    (ATR, "endDate", "2023-04-26"),
    (ATR, "organizer", BRAO),
    (ATR, "organizer", COAD),
    (ATR, "?organizer", HCDH),
    (ATR, "attendee", "Commission nationale des droits de l'homme de Côte d'Ivoire"),
    (ATR, "attendee", "Amnesty International"),
    (ATR, "attendee", "Réseau des journalistes pour la transparence"),
    (ATR, "attendee", "Solène Kouamé-Bertrand"),
    (ATR, "attendee", "Idrissa Sanogo-Pillay"),
    (ATR, "attendee", "Aminata Fofana-Diabaté"),
    (ATR, "attendee", "Yao N'Guessan"),
    (ATR, "?attendee", BRAO),
    (ATR, "?attendee", COAD),
    (ATR, "?attendee", HCDH),
    ("Solène Kouamé-Bertrand", "jobTitle", "cheffe"),
    ("Solène Kouamé-Bertrand", "headOf", BRAO),
    ("Solène Kouamé-Bertrand", "?memberOf", HCDH),
    ("Idrissa Sanogo-Pillay", "jobTitle", "coordonnateur régional"),
    ("Idrissa Sanogo-Pillay", "headOf", COAD),
    ("Aminata Fofana-Diabaté", "jobTitle", "avocate"),
    ("Aminata Fofana-Diabaté", "?jobTitle", "membre"),
    ("Aminata Fofana-Diabaté", "memberOf", COAD),
    ("Yao N'Guessan", "jobTitle", "secrétaire général"),
    ("Yao N'Guessan", "memberOf", "Réseau des journalistes pour la transparence"),
    ("Yao N'Guessan", "?headOf", "Réseau des journalistes pour la transparence"),
    (COAD, "memberOf", "Réseau panafricain des défenseurs des droits de l'homme"),
    (BRAO, "?subOrganizationOf", HCDH),
    (HCDH, "?subOrganizationOf", "Nations Unies"),
])

# ---------------------------------------------------------------- fr-14 (« à l'invitation de », « organisée par », accord signé en marge, « rattaché au », grade avant le nom)
CMSP = "deuxième Conférence ministérielle sur la sécurité pastorale au Sahel"
ACC = "accord-cadre de coopération sur la mobilité transfrontalière du bétail"
ALG = "Autorité de développement intégré de la région du Liptako-Gourma"
doc("fr-14", "fr", """
Communiqué final
Nouakchott, le 15 décembre 2022
La deuxième Conférence ministérielle sur la sécurité pastorale au Sahel s'est tenue du 12 au 14 décembre 2022 à Nouakchott, à l'invitation du gouvernement de la République islamique de Mauritanie. Elle a été organisée par le Centre sahélien d'études stratégiques (CSES), avec l'appui de l'Organisation des Nations Unies pour l'alimentation et l'agriculture (FAO).
En marge de la Conférence, le Réseau Billital Maroobé (RBM) et l'Autorité de développement intégré de la région du Liptako-Gourma (ALG) ont signé un accord-cadre de coopération sur la mobilité transfrontalière du bétail. L'accord a été signé par M. Abdoulaye Dicko-Sall, secrétaire exécutif du RBM, et par M. Boubacar Ould Mahmoud, directeur général de l'ALG.
Parmi les participants figuraient des représentants de l'Union économique et monétaire ouest-africaine (UEMOA), du Comité permanent inter-États de lutte contre la sécheresse dans le Sahel (CILSS) et de l'Association pour la promotion de l'élevage au Sahel et en savane (APESS).
Le CSES, un institut de recherche rattaché au ministère de la Défense de Mauritanie, est dirigé par le général Mohamed Lemine Ould Ahmedou.
« Le pastoralisme n'est pas une menace, c'est une réponse à l'incertitude climatique », a souligné Mme Mariama Sow-Koné, chargée de programme à la FAO.
Engagements clés
1. Le RBM s'est engagé à recenser les couloirs de transhumance transfrontaliers d'ici à juin 2023.
2. L'ALG s'est engagée à présenter l'accord au prochain sommet de ses chefs d'État.
""", [
    ("E", CMSP, ["Conférence ministérielle sur la sécurité pastorale au Sahel", "la Conférence"]),
    ("E", "prochain sommet", [], True),
    ("A", ACC, ["L'accord"]),
    ("O", "gouvernement de la République islamique de Mauritanie", []),
    ("O", "Centre sahélien d'études stratégiques", ["CSES"]),
    ("O", "Organisation des Nations Unies pour l'alimentation et l'agriculture", ["FAO"]),
    ("O", "Réseau Billital Maroobé", ["RBM"]),
    ("O", ALG, ["ALG"]),
    ("O", "Union économique et monétaire ouest-africaine", ["UEMOA"]),
    ("O", "Comité permanent inter-États de lutte contre la sécheresse dans le Sahel", ["CILSS"]),
    ("O", "Association pour la promotion de l'élevage au Sahel et en savane", ["APESS"]),
    ("O", "ministère de la Défense de Mauritanie", []),
    ("P", "Abdoulaye Dicko-Sall", ["M. Abdoulaye Dicko-Sall", "Dicko-Sall"]),
    ("P", "Boubacar Ould Mahmoud", ["M. Boubacar Ould Mahmoud", "Ould Mahmoud"]),
    ("P", "Mohamed Lemine Ould Ahmedou", ["général Mohamed Lemine Ould Ahmedou", "Ould Ahmedou"]),
    ("P", "Mariama Sow-Koné", ["Mme Mariama Sow-Koné", "Sow-Koné"]),
    ("L", "Nouakchott"),
    ("L", "Sahel", [], True), ("L", "Mauritanie", [], True), ("L", "Liptako-Gourma", [], True),
    ("L", "République islamique de Mauritanie", [], True),
], [
    (CMSP, "location", "Nouakchott"),
    (CMSP, "startDate", "2022-12-12"),
    (CMSP, "endDate", "2022-12-14"),
    (CMSP, "organizer", "gouvernement de la République islamique de Mauritanie"),
    (CMSP, "organizer", "Centre sahélien d'études stratégiques"),
    (CMSP, "?organizer", "Organisation des Nations Unies pour l'alimentation et l'agriculture"),
    (CMSP, "attendee", "Union économique et monétaire ouest-africaine"),
    (CMSP, "attendee", "Comité permanent inter-États de lutte contre la sécheresse dans le Sahel"),
    (CMSP, "attendee", "Association pour la promotion de l'élevage au Sahel et en savane"),
    (CMSP, "?attendee", "Mariama Sow-Koné"),
    (CMSP, "?attendee", "Organisation des Nations Unies pour l'alimentation et l'agriculture"),
    (CMSP, "?attendee", "Centre sahélien d'études stratégiques"),
    (CMSP, "?attendee", "Réseau Billital Maroobé"),
    (CMSP, "?attendee", ALG),
    (CMSP, "?attendee", "Abdoulaye Dicko-Sall"),
    (CMSP, "?attendee", "Boubacar Ould Mahmoud"),
    (ACC, "party", "Réseau Billital Maroobé"),
    (ACC, "party", ALG),
    (ACC, "signedAt", CMSP),
    (ACC, "signedBy", "Abdoulaye Dicko-Sall"),
    (ACC, "signedBy", "Boubacar Ould Mahmoud"),
    ("Abdoulaye Dicko-Sall", "jobTitle", "secrétaire exécutif"),
    ("Abdoulaye Dicko-Sall", "memberOf", "Réseau Billital Maroobé"),
    ("Abdoulaye Dicko-Sall", "?headOf", "Réseau Billital Maroobé"),
    ("Boubacar Ould Mahmoud", "jobTitle", "directeur général"),
    ("Boubacar Ould Mahmoud", "headOf", ALG),
    ("Mohamed Lemine Ould Ahmedou", "headOf", "Centre sahélien d'études stratégiques"),
    ("Mohamed Lemine Ould Ahmedou", "?jobTitle", "général"),
    ("Mariama Sow-Koné", "jobTitle", "chargée de programme"),
    ("Mariama Sow-Koné", "memberOf", "Organisation des Nations Unies pour l'alimentation et l'agriculture"),
    ("Centre sahélien d'études stratégiques", "subOrganizationOf", "ministère de la Défense de Mauritanie"),
    ("prochain sommet", "?organizer", ALG),
])

# ---------------------------------------------------------------- fr-15 (nomination ; « relève de », « est dirigée par », « la présidence est assurée par »)
RPG = "Représentation permanente de l'OIF à Genève"
DAPG = "Direction des affaires politiques et de la gouvernance démocratique"
doc("fr-15", "fr", """
Note d'information
Genève, le 3 juillet 2023
L'Organisation internationale de la Francophonie (OIF) a nommé Mme Clémence Habyarimana-Dufour au poste de représentante permanente auprès des Nations Unies à Genève. Elle dirigera la Représentation permanente de l'OIF à Genève (RPG), qui relève de la Direction des affaires politiques et de la gouvernance démocratique (DAPG).
Mme Habyarimana-Dufour était jusqu'ici cheffe de l'Unité d'appui aux processus électoraux de la DAPG. Elle succède à M. Thierry Ndong-Mba, appelé à d'autres fonctions au sein du Secrétariat de l'OIF.
La RPG suit les travaux du Conseil des droits de l'homme et de l'Organisation mondiale du commerce (OMC). Elle travaille en lien étroit avec le Groupe des ambassadeurs francophones de Genève (GAF), qui réunit les représentants permanents des États membres de l'OIF et dont la présidence est assurée depuis janvier par l'ambassadeur du Sénégal, M. Cheikh Tidiane Faye-Ndour.
La DAPG est dirigée par M. Paul-Henri Essomba, qui a salué « une diplomate expérimentée, qui connaît parfaitement les enceintes genevoises ».
Mme Habyarimana-Dufour, de nationalité rwandaise, a auparavant travaillé pour l'Institut international pour la démocratie et l'assistance électorale (IDEA international) à Stockholm, où elle a conduit des missions d'évaluation électorale au Niger, au Tchad et en République centrafricaine.
""", [
    ("O", "Organisation internationale de la Francophonie", ["OIF"]),
    ("O", RPG, ["RPG"]),
    ("O", DAPG, ["DAPG"]),
    ("O", "Unité d'appui aux processus électoraux de la DAPG", []),
    ("O", "Secrétariat de l'OIF", []),
    ("O", "Conseil des droits de l'homme", []),
    ("O", "Organisation mondiale du commerce", ["OMC"]),
    ("O", "Groupe des ambassadeurs francophones de Genève", ["GAF"]),
    ("O", "Institut international pour la démocratie et l'assistance électorale", ["IDEA international"]),
    ("O", "Nations Unies", [], True),
    ("P", "Clémence Habyarimana-Dufour", ["Mme Clémence Habyarimana-Dufour", "Mme Habyarimana-Dufour", "Habyarimana-Dufour"]),
    ("P", "Thierry Ndong-Mba", ["M. Thierry Ndong-Mba", "Ndong-Mba"]),
    ("P", "Cheikh Tidiane Faye-Ndour", ["M. Cheikh Tidiane Faye-Ndour", "Faye-Ndour"]),
    ("P", "Paul-Henri Essomba", ["M. Paul-Henri Essomba", "Essomba"]),
    ("L", "Genève"), ("L", "Stockholm"), ("L", "Niger"), ("L", "Tchad"), ("L", "République centrafricaine"),
    ("L", "Sénégal", [], True),
], [
    ("Clémence Habyarimana-Dufour", "jobTitle", "représentante permanente"),
    ("Clémence Habyarimana-Dufour", "headOf", RPG),
    ("Clémence Habyarimana-Dufour", "?memberOf", "Organisation internationale de la Francophonie"),
    ("Clémence Habyarimana-Dufour", "?jobTitle", "cheffe"),
    ("Clémence Habyarimana-Dufour", "?headOf", "Unité d'appui aux processus électoraux de la DAPG"),
    ("Clémence Habyarimana-Dufour", "?memberOf", "Institut international pour la démocratie et l'assistance électorale"),
    ("Thierry Ndong-Mba", "?memberOf", "Secrétariat de l'OIF"),
    ("Thierry Ndong-Mba", "?headOf", RPG),
    ("Cheikh Tidiane Faye-Ndour", "jobTitle", "ambassadeur"),
    ("Cheikh Tidiane Faye-Ndour", "headOf", "Groupe des ambassadeurs francophones de Genève"),
    ("Paul-Henri Essomba", "headOf", DAPG),
    (RPG, "subOrganizationOf", DAPG),
    (RPG, "?subOrganizationOf", "Organisation internationale de la Francophonie"),
    ("Unité d'appui aux processus électoraux de la DAPG", "?subOrganizationOf", DAPG),
    (DAPG, "?subOrganizationOf", "Organisation internationale de la Francophonie"),
    ("Secrétariat de l'OIF", "?subOrganizationOf", "Organisation internationale de la Francophonie"),
])

# ---------------------------------------------------------------- fr-16 (réunion présidée ; « réunit » ; déclaration adoptée à l'issue, signée par)
RCP = "quatrième réunion du Comité de pilotage du Partenariat pour la sécurité maritime dans le golfe de Guinée"
CP = "Comité de pilotage du Partenariat pour la sécurité maritime dans le golfe de Guinée"
DDK = "Déclaration de Dakar sur la sécurité des gens de mer"
doc("fr-16", "fr", """
Compte rendu
Dakar, le 21 novembre 2023
Quatrième réunion du Comité de pilotage du Partenariat pour la sécurité maritime dans le golfe de Guinée
La quatrième réunion du Comité de pilotage du Partenariat pour la sécurité maritime dans le golfe de Guinée s'est tenue le 20 novembre 2023 à Dakar. Elle a été présidée par le contre-amiral Ibrahima Ndiaye-Correa, directeur du Centre régional de sécurité maritime de l'Afrique de l'Ouest (CRESMAO).
Le Comité de pilotage réunit le CRESMAO, le Centre régional de sécurité maritime de l'Afrique centrale (CRESMAC), le Centre interrégional de coordination (CIC) de Yaoundé et l'Office maritime de la Commission du golfe de Guinée (CGG). L'Union européenne y siège en qualité d'observateur.
Mme Béatrice Ntsama-Owono, directrice exécutive adjointe du CIC, a présenté le bilan des incidents de piraterie du premier semestre. M. Henrique Tavares-Lima, chef de l'Unité juridique du CRESMAC, a présenté un projet de mémorandum sur l'harmonisation des poursuites.
À l'issue de la réunion, les membres du Comité ont adopté la Déclaration de Dakar sur la sécurité des gens de mer, signée par le contre-amiral Ndiaye-Correa et par Mme Ntsama-Owono.
Engagements clés
1. Le CRESMAO s'est engagé à accueillir un exercice conjoint de recherche et de sauvetage au premier trimestre 2024.
2. Le CIC s'est engagé à diffuser un bulletin mensuel des incidents à tous les membres.
""", [
    ("E", RCP, ["la réunion"]),
    ("O", CP, ["Comité de pilotage", "Comité"]),
    ("O", "Partenariat pour la sécurité maritime dans le golfe de Guinée", [], True),
    ("O", "Centre régional de sécurité maritime de l'Afrique de l'Ouest", ["CRESMAO"]),
    ("O", "Centre régional de sécurité maritime de l'Afrique centrale", ["CRESMAC"]),
    ("O", "Centre interrégional de coordination", ["CIC"]),
    ("O", "Office maritime", []),
    ("O", "Commission du golfe de Guinée", ["CGG"]),
    ("O", "Union européenne", []),
    ("O", "Unité juridique du CRESMAC", []),
    ("A", DDK, []),
    ("A", "projet de mémorandum sur l'harmonisation des poursuites", [], True),
    ("P", "Ibrahima Ndiaye-Correa", ["contre-amiral Ibrahima Ndiaye-Correa", "contre-amiral Ndiaye-Correa", "Ndiaye-Correa"]),
    ("P", "Béatrice Ntsama-Owono", ["Mme Béatrice Ntsama-Owono", "Mme Ntsama-Owono", "Ntsama-Owono"]),
    ("P", "Henrique Tavares-Lima", ["M. Henrique Tavares-Lima", "Tavares-Lima"]),
    ("L", "Dakar"), ("L", "Yaoundé"),
    ("L", "golfe de Guinée", [], True), ("L", "Afrique de l'Ouest", [], True), ("L", "Afrique centrale", [], True),
], [
    (RCP, "location", "Dakar"),
    (RCP, "startDate", "2023-11-20"),
    (RCP, "?endDate", "2023-11-20"),
    (RCP, "?organizer", CP),
    (RCP, "?organizer", "Ibrahima Ndiaye-Correa"),
    (RCP, "attendee", "Ibrahima Ndiaye-Correa"),
    (RCP, "attendee", "Béatrice Ntsama-Owono"),
    (RCP, "attendee", "Henrique Tavares-Lima"),
    (RCP, "?attendee", CP),
    (RCP, "?attendee", "Centre régional de sécurité maritime de l'Afrique de l'Ouest"),
    (RCP, "?attendee", "Centre régional de sécurité maritime de l'Afrique centrale"),
    (RCP, "?attendee", "Centre interrégional de coordination"),
    (RCP, "?attendee", "Office maritime"),
    (RCP, "?attendee", "Union européenne"),
    ("Centre régional de sécurité maritime de l'Afrique de l'Ouest", "memberOf", CP),
    ("Centre régional de sécurité maritime de l'Afrique centrale", "memberOf", CP),
    ("Centre interrégional de coordination", "memberOf", CP),
    ("Office maritime", "memberOf", CP),
    ("Union européenne", "?memberOf", CP),
    ("Ibrahima Ndiaye-Correa", "jobTitle", "directeur"),
    ("Ibrahima Ndiaye-Correa", "?jobTitle", "contre-amiral"),
    ("Ibrahima Ndiaye-Correa", "headOf", "Centre régional de sécurité maritime de l'Afrique de l'Ouest"),
    ("Béatrice Ntsama-Owono", "jobTitle", "directrice exécutive adjointe"),
    ("Béatrice Ntsama-Owono", "memberOf", "Centre interrégional de coordination"),
    ("Henrique Tavares-Lima", "jobTitle", "chef"),
    ("Henrique Tavares-Lima", "headOf", "Unité juridique du CRESMAC"),
    ("Henrique Tavares-Lima", "?memberOf", "Centre régional de sécurité maritime de l'Afrique centrale"),
    ("Unité juridique du CRESMAC", "?subOrganizationOf", "Centre régional de sécurité maritime de l'Afrique centrale"),
    ("Office maritime", "?subOrganizationOf", "Commission du golfe de Guinée"),
    ("Centre interrégional de coordination", "?location", "Yaoundé"),
    (CP, "?subOrganizationOf", "Partenariat pour la sécurité maritime dans le golfe de Guinée"),
    (DDK, "?party", CP),
    (DDK, "?party", "Centre régional de sécurité maritime de l'Afrique de l'Ouest"),
    (DDK, "?party", "Centre régional de sécurité maritime de l'Afrique centrale"),
    (DDK, "?party", "Centre interrégional de coordination"),
    (DDK, "?party", "Office maritime"),
    (DDK, "signedAt", RCP),
    (DDK, "signedBy", "Ibrahima Ndiaye-Correa"),
    (DDK, "signedBy", "Béatrice Ntsama-Owono"),
    (DDK, "date", "2023-11-20"),
])

# ================================================================ troisième lot (évalué à l'aveugle avant usage)

# ---------------------------------------------------------------- fr-17 (réunion organisée « en partenariat avec » ; « y ont pris part, dont » ; feuille de route adoptée à l'issue)
RCS = "Réunion consultative de la société civile sur la cohésion sociale dans la région de Tillabéri"
FRT = "Feuille de route pour la cohésion sociale dans la région de Tillabéri 2023-2024"
HCCP = "Haut-Commissariat à la consolidation de la paix"
doc("fr-17", "fr", """
Communiqué de presse
Niamey, le 4 mai 2023
Cohésion sociale : la société civile de Tillabéri se concerte à Niamey
La Réunion consultative de la société civile sur la cohésion sociale dans la région de Tillabéri s'est tenue les 2 et 3 mai 2023 à Niamey. Elle a été organisée par le Haut-Commissariat à la consolidation de la paix (HCCP) du Niger, en partenariat avec le Programme alimentaire mondial (PAM) et l'ONG Jeunesse Solidaire du Sahel (JSS).
Une quarantaine de participants y ont pris part, dont des représentants de l'Association des chefs traditionnels du Niger (ACTN), du Réseau des femmes pour la paix de Tillabéri (REFEPT) et de la Commission nationale des droits humains (CNDH).
Les travaux ont été ouverts par le général de brigade Harouna Issaka-Mounkaila, Haut-Commissaire à la consolidation de la paix. Mme Zeinabou Garba-Hamani, présidente du REFEPT, a présenté les résultats d'une enquête menée auprès de 600 femmes dans les départements de Téra et d'Ayorou.
Le PAM était représenté par M. Lorenzo Ricci-Baldini, directeur pays adjoint, qui a rappelé que le programme de résilience du PAM couvre 35 communes de la région.
À l'issue de la réunion, les participants ont adopté une Feuille de route pour la cohésion sociale dans la région de Tillabéri 2023-2024.
Engagements clés
1. Le HCCP s'est engagé à installer des comités communaux de paix dans dix communes d'ici à la fin de l'année.
2. La JSS s'est engagée à former 200 jeunes médiateurs.
""", [
    ("E", RCS, ["la réunion"]),
    ("A", FRT, []),
    ("O", HCCP, ["HCCP"]),
    ("O", "Programme alimentaire mondial", ["PAM"]),
    ("O", "Jeunesse Solidaire du Sahel", ["JSS"]),
    ("O", "Association des chefs traditionnels du Niger", ["ACTN"]),
    ("O", "Réseau des femmes pour la paix de Tillabéri", ["REFEPT"]),
    ("O", "Commission nationale des droits humains", ["CNDH"]),
    ("P", "Harouna Issaka-Mounkaila", ["général de brigade Harouna Issaka-Mounkaila", "Issaka-Mounkaila"]),
    ("P", "Zeinabou Garba-Hamani", ["Mme Zeinabou Garba-Hamani", "Garba-Hamani"]),
    ("P", "Lorenzo Ricci-Baldini", ["M. Lorenzo Ricci-Baldini", "Ricci-Baldini"]),
    ("L", "Niamey"), ("L", "Tillabéri"), ("L", "Téra"), ("L", "Ayorou"),
    ("L", "région de Tillabéri", [], True), ("L", "Niger", [], True), ("L", "Sahel", [], True),
], [
    (RCS, "location", "Niamey"),
    (RCS, "startDate", "2023-05-02"),
    (RCS, "endDate", "2023-05-03"),
    (RCS, "organizer", HCCP),
    (RCS, "?organizer", "Programme alimentaire mondial"),
    (RCS, "?organizer", "Jeunesse Solidaire du Sahel"),
    (RCS, "attendee", "Association des chefs traditionnels du Niger"),
    (RCS, "attendee", "Réseau des femmes pour la paix de Tillabéri"),
    (RCS, "attendee", "Commission nationale des droits humains"),
    (RCS, "attendee", "Harouna Issaka-Mounkaila"),
    (RCS, "attendee", "Zeinabou Garba-Hamani"),
    (RCS, "attendee", "Lorenzo Ricci-Baldini"),
    (RCS, "?attendee", HCCP),
    (RCS, "?attendee", "Programme alimentaire mondial"),
    (RCS, "?attendee", "Jeunesse Solidaire du Sahel"),
    ("Harouna Issaka-Mounkaila", "jobTitle", "Haut-Commissaire"),
    ("Harouna Issaka-Mounkaila", "?headOf", HCCP),
    ("Harouna Issaka-Mounkaila", "?jobTitle", "général de brigade"),
    ("Zeinabou Garba-Hamani", "jobTitle", "présidente"),
    ("Zeinabou Garba-Hamani", "headOf", "Réseau des femmes pour la paix de Tillabéri"),
    ("Lorenzo Ricci-Baldini", "jobTitle", "directeur pays adjoint"),
    ("Lorenzo Ricci-Baldini", "memberOf", "Programme alimentaire mondial"),
    (FRT, "signedAt", RCS),
    (FRT, "date", "2023-05-03"),
])

# ---------------------------------------------------------------- fr-18 (réseau ; « a rejoint » ; « placé sous la tutelle du » ; « est composé de ..., dont » ; « est dirigé par »)
CRFOP = "Centre régional de formation aux opérations de paix"
ROAC = "Réseau ouest-africain des centres de formation au maintien de la paix"
EMP = "École de maintien de la paix Alioune Blondin Bèye"
KAI = "Centre international Kofi Annan de formation au maintien de la paix"
doc("fr-18", "fr", """
Note d'information
Dakar, le 12 janvier 2024
Le Centre régional de formation aux opérations de paix (CRFOP) de Bamako a rejoint le Réseau ouest-africain des centres de formation au maintien de la paix (ROACFMP). Le Centre, placé sous la tutelle du ministère de la Défense du Mali, forme chaque année quelque 900 militaires, policiers et civils.
Le ROACFMP est composé de huit centres de formation, dont l'École de maintien de la paix Alioune Blondin Bèye (EMP-ABB) de Bamako et le Centre international Kofi Annan de formation au maintien de la paix (KAIPTC) d'Accra. Il est présidé depuis 2023 par le colonel-major Boubacar Diarra-Sidibé, commandant de l'EMP-ABB.
Le Secrétariat du réseau, hébergé par le KAIPTC, est dirigé par Mme Efua Mensah-Boateng. Il coordonne le calendrier commun des formations et la certification des formateurs, en lien avec la Division des opérations de soutien à la paix de la Commission de la CEDEAO.
« L'adhésion du CRFOP renforce notre capacité à former des civils, qui manquent cruellement dans les missions », a déclaré Mme Mensah-Boateng.
Le directeur du CRFOP, le commissaire principal Amadou Tangara-Koné, a indiqué que le Centre accueillera la réunion annuelle du réseau en novembre 2024.
""", [
    ("O", CRFOP, ["CRFOP", "Le Centre"]),
    ("O", ROAC, ["ROACFMP", "réseau"]),
    ("O", "ministère de la Défense du Mali", []),
    ("O", EMP, ["EMP-ABB"]),
    ("O", KAI, ["KAIPTC"]),
    ("O", "Secrétariat du réseau", [], True),
    ("O", "Division des opérations de soutien à la paix", []),
    ("O", "Commission de la CEDEAO", []),
    ("O", "Communauté économique des États de l'Afrique de l'Ouest", ["CEDEAO"], True),
    ("P", "Boubacar Diarra-Sidibé", ["colonel-major Boubacar Diarra-Sidibé", "Diarra-Sidibé"]),
    ("P", "Efua Mensah-Boateng", ["Mme Efua Mensah-Boateng", "Mme Mensah-Boateng", "Mensah-Boateng"]),
    ("P", "Amadou Tangara-Koné", ["commissaire principal Amadou Tangara-Koné", "Tangara-Koné"]),
    ("E", "réunion annuelle du réseau", [], True),
    ("L", "Dakar"), ("L", "Bamako"), ("L", "Accra"),
    ("L", "Mali", [], True),
], [
    (CRFOP, "memberOf", ROAC),
    (CRFOP, "subOrganizationOf", "ministère de la Défense du Mali"),
    (CRFOP, "?location", "Bamako"),
    (EMP, "memberOf", ROAC),
    (KAI, "memberOf", ROAC),
    (EMP, "?location", "Bamako"),
    (KAI, "?location", "Accra"),
    ("Boubacar Diarra-Sidibé", "jobTitle", "commandant"),
    ("Boubacar Diarra-Sidibé", "?jobTitle", "colonel-major"),
    ("Boubacar Diarra-Sidibé", "headOf", EMP),
    ("Boubacar Diarra-Sidibé", "headOf", ROAC),
    ("Efua Mensah-Boateng", "?headOf", "Secrétariat du réseau"),
    ("Efua Mensah-Boateng", "?memberOf", ROAC),
    ("Secrétariat du réseau", "?subOrganizationOf", ROAC),
    ("Division des opérations de soutien à la paix", "?subOrganizationOf", "Commission de la CEDEAO"),
    ("Commission de la CEDEAO", "?subOrganizationOf", "Communauté économique des États de l'Afrique de l'Ouest"),
    ("Amadou Tangara-Koné", "jobTitle", "directeur"),
    ("Amadou Tangara-Koné", "?jobTitle", "commissaire principal"),
    ("Amadou Tangara-Koné", "headOf", CRFOP),
    ("réunion annuelle du réseau", "?organizer", CRFOP),
    ("réunion annuelle du réseau", "?location", "Bamako"),
])

# ================================================================ quatrième lot (évalué à l'aveugle avant usage)

# ---------------------------------------------------------------- fr-19 (atelier organisé par deux organes ; « a réuni ..., ainsi que » ; charte signée en marge)
ANH = "atelier national sur la lutte contre les discours de haine dans les médias"
MINUSCA = "Mission multidimensionnelle intégrée des Nations Unies pour la stabilisation en République centrafricaine"
DCS = "Division de la communication stratégique et de l'information publique de la MINUSCA"
CHA = "charte d'engagement des médias contre les discours de haine"
doc("fr-19", "fr", """
Communiqué
Bangui, le 8 décembre 2023
La Mission multidimensionnelle intégrée des Nations Unies pour la stabilisation en République centrafricaine (MINUSCA) et le Haut Conseil de la communication (HCC) ont organisé les 6 et 7 décembre à Bangui un atelier national sur la lutte contre les discours de haine dans les médias.
L'atelier a réuni une soixantaine de journalistes, de blogueurs et de responsables de radios communautaires, ainsi que des représentants de l'Union des journalistes de Centrafrique (UJCA) et du réseau Radios pour la paix.
Il a été ouvert par M. Firmin Ngaïkoua-Zama, président du HCC, et par Mme Aurélie Brenner-Touré, cheffe de la Division de la communication stratégique et de l'information publique de la MINUSCA.
« Les discours de haine précèdent presque toujours la violence », a rappelé Mme Brenner-Touré.
En marge de l'atelier, le HCC et l'UJCA ont signé une charte d'engagement des médias contre les discours de haine. La charte a été signée par M. Ngaïkoua-Zama et par M. Jean-Baptiste Yangou, secrétaire général de l'UJCA.
La MINUSCA, créée en 2014 par le Conseil de sécurité des Nations Unies, soutient le HCC depuis 2019 dans le cadre de son mandat de protection des civils.
""", [
    ("E", ANH, ["L'atelier"]),
    ("O", MINUSCA, ["MINUSCA"]),
    ("O", "Haut Conseil de la communication", ["HCC"]),
    ("O", "Union des journalistes de Centrafrique", ["UJCA"]),
    ("O", "Radios pour la paix", []),
    ("O", DCS, []),
    ("O", "Conseil de sécurité des Nations Unies", []),
    ("O", "Nations Unies", [], True),
    ("A", CHA, ["La charte"]),
    ("P", "Firmin Ngaïkoua-Zama", ["M. Firmin Ngaïkoua-Zama", "M. Ngaïkoua-Zama", "Ngaïkoua-Zama"]),
    ("P", "Aurélie Brenner-Touré", ["Mme Aurélie Brenner-Touré", "Mme Brenner-Touré", "Brenner-Touré"]),
    ("P", "Jean-Baptiste Yangou", ["M. Jean-Baptiste Yangou", "Yangou"]),
    ("L", "Bangui"),
    ("L", "République centrafricaine", [], True), ("L", "Centrafrique", [], True),
], [
    (ANH, "location", "Bangui"),
    (ANH, "startDate", "2023-12-06"),
    (ANH, "endDate", "2023-12-07"),
    (ANH, "organizer", MINUSCA),
    (ANH, "organizer", "Haut Conseil de la communication"),
    (ANH, "attendee", "Union des journalistes de Centrafrique"),
    (ANH, "attendee", "Radios pour la paix"),
    (ANH, "attendee", "Firmin Ngaïkoua-Zama"),
    (ANH, "attendee", "Aurélie Brenner-Touré"),
    (ANH, "?attendee", MINUSCA),
    (ANH, "?attendee", "Haut Conseil de la communication"),
    (ANH, "?attendee", "Jean-Baptiste Yangou"),
    ("Firmin Ngaïkoua-Zama", "jobTitle", "président"),
    ("Firmin Ngaïkoua-Zama", "headOf", "Haut Conseil de la communication"),
    ("Aurélie Brenner-Touré", "jobTitle", "cheffe"),
    ("Aurélie Brenner-Touré", "headOf", DCS),
    ("Aurélie Brenner-Touré", "?memberOf", MINUSCA),
    (DCS, "?subOrganizationOf", MINUSCA),
    ("Jean-Baptiste Yangou", "jobTitle", "secrétaire général"),
    ("Jean-Baptiste Yangou", "memberOf", "Union des journalistes de Centrafrique"),
    ("Jean-Baptiste Yangou", "?headOf", "Union des journalistes de Centrafrique"),
    (CHA, "party", "Haut Conseil de la communication"),
    (CHA, "party", "Union des journalistes de Centrafrique"),
    (CHA, "signedAt", ANH),
    (CHA, "signedBy", "Firmin Ngaïkoua-Zama"),
    (CHA, "signedBy", "Jean-Baptiste Yangou"),
    (MINUSCA, "?subOrganizationOf", "Nations Unies"),
    ("Conseil de sécurité des Nations Unies", "?subOrganizationOf", "Nations Unies"),
])

# ---------------------------------------------------------------- fr-20 (« une institution spécialisée de » ; « a accueilli » ; « présidée par le directeur du X, M. Y » ; « relève du »)
CAERT = "Centre africain pour l'étude et la recherche sur le terrorisme"
RPF = "sixième réunion annuelle des points focaux du CAERT"
DAPPS = "Département des affaires politiques, de la paix et de la sécurité"
doc("fr-20", "fr", """
Note d'information
Addis-Abeba, le 30 juin 2022
Le Centre africain pour l'étude et la recherche sur le terrorisme (CAERT), une institution spécialisée de l'Union africaine (UA) basée à Alger, a accueilli du 27 au 29 juin 2022 la sixième réunion annuelle des points focaux du CAERT.
La réunion, présidée par le directeur du CAERT, M. Idriss Mounir Lallali-Benhadj, a rassemblé les points focaux de 41 États membres ainsi que des représentants du Mécanisme de coopération policière de l'Union africaine (AFRIPOL) et de la Direction exécutive du Comité contre le terrorisme (DECT) des Nations Unies.
Les participants ont adopté les Lignes directrices continentales sur la réintégration des combattants terroristes étrangers.
Mme Nadia Ferhat-Osman, chargée de programme au Bureau de lutte contre le terrorisme des Nations Unies (BLT), a présenté le programme conjoint UA-ONU sur les prisons.
Le CAERT relève du Département des affaires politiques, de la paix et de la sécurité de la Commission de l'UA.
""", [
    ("O", CAERT, ["CAERT"]),
    ("O", "Union africaine", ["UA"]),
    ("E", RPF, ["La réunion"]),
    ("O", "Mécanisme de coopération policière de l'Union africaine", ["AFRIPOL"]),
    ("O", "Direction exécutive du Comité contre le terrorisme", ["DECT"]),
    ("O", "Comité contre le terrorisme", [], True),
    ("O", "Nations Unies", [], True),
    ("O", "Bureau de lutte contre le terrorisme des Nations Unies", ["BLT"]),
    ("O", DAPPS, []),
    ("O", "Commission de l'UA", []),
    ("O", "programme conjoint UA-ONU sur les prisons", [], True),
    ("A", "Lignes directrices continentales sur la réintégration des combattants terroristes étrangers", []),
    ("P", "Idriss Mounir Lallali-Benhadj", ["M. Idriss Mounir Lallali-Benhadj", "Lallali-Benhadj"]),
    ("P", "Nadia Ferhat-Osman", ["Mme Nadia Ferhat-Osman", "Ferhat-Osman"]),
    ("L", "Addis-Abeba"), ("L", "Alger"),
], [
    (RPF, "?location", "Alger"),
    (RPF, "startDate", "2022-06-27"),
    (RPF, "endDate", "2022-06-29"),
    (RPF, "organizer", CAERT),
    (RPF, "attendee", "Idriss Mounir Lallali-Benhadj"),
    (RPF, "attendee", "Mécanisme de coopération policière de l'Union africaine"),
    (RPF, "attendee", "Direction exécutive du Comité contre le terrorisme"),
    (RPF, "attendee", "Nadia Ferhat-Osman"),
    (RPF, "?attendee", CAERT),
    (RPF, "?attendee", "Bureau de lutte contre le terrorisme des Nations Unies"),
    ("Idriss Mounir Lallali-Benhadj", "jobTitle", "directeur"),
    ("Idriss Mounir Lallali-Benhadj", "headOf", CAERT),
    ("Nadia Ferhat-Osman", "jobTitle", "chargée de programme"),
    ("Nadia Ferhat-Osman", "memberOf", "Bureau de lutte contre le terrorisme des Nations Unies"),
    (CAERT, "subOrganizationOf", "Union africaine"),
    (CAERT, "subOrganizationOf", DAPPS),
    (CAERT, "?location", "Alger"),
    (DAPPS, "?subOrganizationOf", "Commission de l'UA"),
    ("Commission de l'UA", "?subOrganizationOf", "Union africaine"),
    ("Mécanisme de coopération policière de l'Union africaine", "?subOrganizationOf", "Union africaine"),
    ("Direction exécutive du Comité contre le terrorisme", "?subOrganizationOf", "Comité contre le terrorisme"),
    ("Bureau de lutte contre le terrorisme des Nations Unies", "?subOrganizationOf", "Nations Unies"),
    ("Lignes directrices continentales sur la réintégration des combattants terroristes étrangers", "signedAt", RPF),
])

# ================================================================ cinquième lot (évalué à l'aveugle avant usage)

# ---------------------------------------------------------------- fr-21 (séminaire « en collaboration avec » ; « Parmi les intervenants figuraient » ; « au sein de »)
SJR = "Séminaire judiciaire régional sur l'exécution des arrêts"
CADHP = "Cour africaine des droits de l'homme et des peuples"
doc("fr-21", "fr", """
Communiqué de presse
Arusha, le 17 octobre 2023
La Cour africaine des droits de l'homme et des peuples a organisé du 12 au 14 octobre 2023 à Zanzibar un Séminaire judiciaire régional sur l'exécution des arrêts, en collaboration avec l'Institut international des droits de l'homme (IIDH) de Strasbourg.
Le séminaire a été ouvert par la présidente de la Cour, la juge Imani Abdallah-Mushi. Parmi les intervenants figuraient M. Fabrice Ondoua-Mebe, greffier adjoint de la Cour, Mme Awa Sarr-Ndong, chargée de programme au sein de la Commission africaine des droits de l'homme et des peuples (CADHP), et M. Kofi Asamoah-Baah, directeur exécutif de l'Observatoire africain de la justice (OAJ).
Des magistrats des cours suprêmes du Bénin, du Kenya, de la Tanzanie et de la Tunisie y ont également pris part.
L'OAJ, qui est membre de la Coalition pour une Cour africaine efficace (CCAE), a présenté une base de données sur le suivi des décisions.
Engagements clés
1. La Cour s'est engagée à publier un rapport annuel sur l'exécution de ses arrêts.
2. L'IIDH s'est engagé à organiser une session de formation à Strasbourg en 2024.
""", [
    ("E", SJR, ["Le séminaire"]),
    ("O", CADHP, ["la Cour", "La Cour"]),
    ("O", "Institut international des droits de l'homme", ["IIDH"]),
    ("O", "Commission africaine des droits de l'homme et des peuples", ["CADHP"]),
    ("O", "Observatoire africain de la justice", ["OAJ"]),
    ("O", "Coalition pour une Cour africaine efficace", ["CCAE"]),
    ("P", "Imani Abdallah-Mushi", ["juge Imani Abdallah-Mushi", "Abdallah-Mushi"]),
    ("P", "Fabrice Ondoua-Mebe", ["M. Fabrice Ondoua-Mebe", "Ondoua-Mebe"]),
    ("P", "Awa Sarr-Ndong", ["Mme Awa Sarr-Ndong", "Sarr-Ndong"]),
    ("P", "Kofi Asamoah-Baah", ["M. Kofi Asamoah-Baah", "Asamoah-Baah"]),
    ("L", "Arusha"), ("L", "Zanzibar"), ("L", "Strasbourg"), ("L", "Bénin"), ("L", "Kenya"), ("L", "Tanzanie"),
    ("L", "Tunisie"),
], [
    (SJR, "location", "Zanzibar"),
    (SJR, "startDate", "2023-10-12"),
    (SJR, "endDate", "2023-10-14"),
    (SJR, "organizer", CADHP),
    (SJR, "?organizer", "Institut international des droits de l'homme"),
    (SJR, "attendee", "Imani Abdallah-Mushi"),
    (SJR, "attendee", "Fabrice Ondoua-Mebe"),
    (SJR, "attendee", "Awa Sarr-Ndong"),
    (SJR, "attendee", "Kofi Asamoah-Baah"),
    (SJR, "?attendee", CADHP),
    (SJR, "?attendee", "Institut international des droits de l'homme"),
    (SJR, "?attendee", "Commission africaine des droits de l'homme et des peuples"),
    (SJR, "?attendee", "Observatoire africain de la justice"),
    ("Imani Abdallah-Mushi", "jobTitle", "présidente"),
    ("Imani Abdallah-Mushi", "?jobTitle", "juge"),
    ("Imani Abdallah-Mushi", "headOf", CADHP),
    ("Fabrice Ondoua-Mebe", "jobTitle", "greffier adjoint"),
    ("Fabrice Ondoua-Mebe", "memberOf", CADHP),
    ("Awa Sarr-Ndong", "jobTitle", "chargée de programme"),
    ("Awa Sarr-Ndong", "memberOf", "Commission africaine des droits de l'homme et des peuples"),
    ("Kofi Asamoah-Baah", "jobTitle", "directeur exécutif"),
    ("Kofi Asamoah-Baah", "headOf", "Observatoire africain de la justice"),
    ("Observatoire africain de la justice", "memberOf", "Coalition pour une Cour africaine efficace"),
    ("Institut international des droits de l'homme", "?location", "Strasbourg"),
])

# ---------------------------------------------------------------- fr-22 (nomination ; « au poste de » ; « en remplacement de » ; « qui relève du »)
BIN = "Bureau intégré des Nations Unies en Haïti"
doc("fr-22", "fr", """
Note d'information
New York, le 6 mars 2024
Le Secrétaire général de l'Organisation des Nations Unies (ONU) a nommé Mme Mireille Saint-Fleur Dorval, de nationalité canadienne, au poste de Représentante spéciale adjointe pour le Bureau intégré des Nations Unies en Haïti (BINUH). Elle remplace M. Gustavo Pereira-Lindholm, qui a pris sa retraite.
Mme Saint-Fleur Dorval était jusqu'à présent directrice de la Division des droits de l'homme de la Mission des Nations Unies pour l'appui à la justice en Haïti (MINUJUSTH), et auparavant conseillère principale au Haut-Commissariat des Nations Unies aux droits de l'homme (HCDH) à Genève.
Le BINUH, une mission politique spéciale qui relève du Département des affaires politiques et de la consolidation de la paix (DPPA), appuie le gouvernement haïtien dans le dialogue national et la réforme de la police.
Elle travaillera en étroite collaboration avec M. Jean-Robert Lafontant-Pierre, coordonnateur de la Plateforme des organisations haïtiennes des droits humains (POHDH), qui rassemble neuf associations.
Mme Saint-Fleur Dorval est diplômée de l'Université de Montréal et de l'Université d'État d'Haïti.
""", [
    ("O", "Organisation des Nations Unies", ["ONU", "Nations Unies"]),
    ("P", "Secrétaire général de l'Organisation des Nations Unies", [], True),
    ("O", BIN, ["BINUH"]),
    ("O", "Mission des Nations Unies pour l'appui à la justice en Haïti", ["MINUJUSTH"]),
    ("O", "Division des droits de l'homme", []),
    ("O", "Haut-Commissariat des Nations Unies aux droits de l'homme", ["HCDH"]),
    ("O", "Département des affaires politiques et de la consolidation de la paix", ["DPPA"]),
    ("O", "Plateforme des organisations haïtiennes des droits humains", ["POHDH"]),
    ("O", "Université de Montréal", []),
    ("O", "Université d'État d'Haïti", []),
    ("P", "Mireille Saint-Fleur Dorval", ["Mme Mireille Saint-Fleur Dorval", "Mme Saint-Fleur Dorval", "Saint-Fleur Dorval"]),
    ("P", "Gustavo Pereira-Lindholm", ["M. Gustavo Pereira-Lindholm", "Pereira-Lindholm"]),
    ("P", "Jean-Robert Lafontant-Pierre", ["M. Jean-Robert Lafontant-Pierre", "Lafontant-Pierre"]),
    ("L", "New York"), ("L", "Genève"),
    ("L", "Haïti", [], True), ("L", "Montréal", [], True),
], [
    ("Mireille Saint-Fleur Dorval", "jobTitle", "Représentante spéciale adjointe"),
    ("Mireille Saint-Fleur Dorval", "memberOf", BIN),
    ("Mireille Saint-Fleur Dorval", "?memberOf", "Organisation des Nations Unies"),
    ("Mireille Saint-Fleur Dorval", "?jobTitle", "directrice"),
    ("Mireille Saint-Fleur Dorval", "?headOf", "Division des droits de l'homme"),
    ("Mireille Saint-Fleur Dorval", "?jobTitle", "conseillère principale"),
    ("Mireille Saint-Fleur Dorval", "?memberOf", "Haut-Commissariat des Nations Unies aux droits de l'homme"),
    ("Gustavo Pereira-Lindholm", "?memberOf", BIN),
    ("Jean-Robert Lafontant-Pierre", "jobTitle", "coordonnateur"),
    ("Jean-Robert Lafontant-Pierre", "headOf", "Plateforme des organisations haïtiennes des droits humains"),
    (BIN, "subOrganizationOf", "Département des affaires politiques et de la consolidation de la paix"),
    (BIN, "?subOrganizationOf", "Organisation des Nations Unies"),
    ("Division des droits de l'homme", "?subOrganizationOf", "Mission des Nations Unies pour l'appui à la justice en Haïti"),
    ("Mission des Nations Unies pour l'appui à la justice en Haïti", "?subOrganizationOf", "Organisation des Nations Unies"),
    ("Haut-Commissariat des Nations Unies aux droits de l'homme", "?subOrganizationOf", "Organisation des Nations Unies"),
    ("Département des affaires politiques et de la consolidation de la paix", "?subOrganizationOf", "Organisation des Nations Unies"),
])

# ================================================================ sixième lot (évalué à l'aveugle avant usage)

# ---------------------------------------------------------------- fr-23 (participe « Organisé conjointement par » en tête ; liste à puces ; « l'un des réseaux institutionnels de » ; titre avant le nom avec l'organe au milieu ; « au nom de » / « pour »)
ARM = "Atelier régional sur la médiation électorale en Afrique de l'Ouest"
FRL = "Feuille de route de Lomé pour la médiation électorale préventive"
OIF = "Organisation internationale de la Francophonie"
CEDEAO = "Communauté économique des États de l'Afrique de l'Ouest"
RECEF = "Réseau des compétences électorales francophones"
PFMC = "Plateforme des femmes médiatrices de l'espace CEDEAO"
UNOWAS = "Bureau des Nations Unies pour l'Afrique de l'Ouest et le Sahel"
doc("fr-23", "fr", """
Communiqué de presse
Lomé, le 1er décembre 2023
Médiation électorale : l'OIF, la CEDEAO et la société civile se dotent d'une feuille de route commune
Organisé conjointement par l'Organisation internationale de la Francophonie (OIF) et la Communauté économique des États de l'Afrique de l'Ouest (CEDEAO), l'Atelier régional sur la médiation électorale en Afrique de l'Ouest s'est déroulé du 28 au 30 novembre 2023 à Lomé, au Togo.
Les travaux ont été ouverts par Mme Rokiatou Sangaré-Lebrun, directrice des affaires politiques et de la gouvernance démocratique de l'OIF, et par le commissaire de la CEDEAO chargé des affaires politiques, de la paix et de la sécurité, M. Kwabena Ampofo-Lartey.
Une cinquantaine de participants ont suivi l'atelier, parmi lesquels :
- des commissaires électoraux du Bénin, de la Guinée et du Togo ;
- le Réseau des compétences électorales francophones (RECEF), l'un des réseaux institutionnels de l'OIF, représenté par son président, M. Ahmed Ould Sidi-Baba ;
- la Plateforme des femmes médiatrices de l'espace CEDEAO (PFMC), une ONG basée à Cotonou ;
- le Bureau des Nations Unies pour l'Afrique de l'Ouest et le Sahel (UNOWAS), qui avait dépêché son conseiller électoral principal, M. Teodor Vasilescu-Amadi.
« Une crise électorale se prévient des mois avant le scrutin, pas au soir des résultats », a souligné Mme Nafissatou Dembélé-Aguiar, coordonnatrice de la PFMC.
À la clôture de l'atelier, le 30 novembre, la Feuille de route de Lomé pour la médiation électorale préventive a été signée par Mme Sangaré-Lebrun au nom de l'OIF, par M. Ampofo-Lartey pour la Commission de la CEDEAO et par Mme Dembélé-Aguiar pour la PFMC. Le texte prévoit un vivier de soixante médiateurs mobilisables avant chaque scrutin.
Engagements
L'OIF s'est engagée à financer la formation du vivier ; l'UNOWAS associera la PFMC à ses missions de bons offices.
""", [
    ("E", ARM, ["l'atelier"]),
    ("A", FRL, ["feuille de route commune", "Le texte"]),
    ("O", OIF, ["OIF"]),
    ("O", CEDEAO, ["CEDEAO"]),
    ("O", "Commission de la CEDEAO", []),
    ("O", RECEF, ["RECEF"]),
    ("O", PFMC, ["PFMC"]),
    ("O", UNOWAS, ["UNOWAS"]),
    ("O", "Nations Unies", [], True),
    ("P", "Rokiatou Sangaré-Lebrun", ["Mme Rokiatou Sangaré-Lebrun", "Mme Sangaré-Lebrun", "Sangaré-Lebrun"]),
    ("P", "Kwabena Ampofo-Lartey", ["M. Kwabena Ampofo-Lartey", "M. Ampofo-Lartey", "Ampofo-Lartey"]),
    ("P", "Ahmed Ould Sidi-Baba", ["M. Ahmed Ould Sidi-Baba", "Ould Sidi-Baba"]),
    ("P", "Teodor Vasilescu-Amadi", ["M. Teodor Vasilescu-Amadi", "Vasilescu-Amadi"]),
    ("P", "Nafissatou Dembélé-Aguiar", ["Mme Nafissatou Dembélé-Aguiar", "Mme Dembélé-Aguiar", "Dembélé-Aguiar"]),
    ("L", "Lomé"), ("L", "Togo"), ("L", "Bénin"), ("L", "Guinée"), ("L", "Cotonou"),
    ("L", "Afrique de l'Ouest", [], True), ("L", "Sahel", [], True),
], [
    (ARM, "location", "Lomé"),
    (ARM, "?location", "Togo"),
    (ARM, "startDate", "2023-11-28"),
    (ARM, "endDate", "2023-11-30"),
    (ARM, "organizer", OIF),
    (ARM, "organizer", CEDEAO),
    (ARM, "?attendee", OIF),
    (ARM, "?attendee", CEDEAO),
    (ARM, "?attendee", "Commission de la CEDEAO"),
    (ARM, "attendee", "Rokiatou Sangaré-Lebrun"),
    (ARM, "attendee", "Kwabena Ampofo-Lartey"),
    (ARM, "attendee", RECEF),
    (ARM, "attendee", "Ahmed Ould Sidi-Baba"),
    (ARM, "attendee", PFMC),
    (ARM, "attendee", UNOWAS),
    (ARM, "attendee", "Teodor Vasilescu-Amadi"),
    (ARM, "?attendee", "Nafissatou Dembélé-Aguiar"),
    ("Rokiatou Sangaré-Lebrun", "jobTitle", "directrice des affaires politiques et de la gouvernance démocratique"),
    ("Rokiatou Sangaré-Lebrun", "memberOf", OIF),
    ("Kwabena Ampofo-Lartey", "jobTitle", "commissaire"),
    ("Kwabena Ampofo-Lartey", "?jobTitle", "commissaire chargé des affaires politiques, de la paix et de la sécurité"),
    ("Kwabena Ampofo-Lartey", "memberOf", CEDEAO),
    ("Kwabena Ampofo-Lartey", "?memberOf", "Commission de la CEDEAO"),
    ("Ahmed Ould Sidi-Baba", "jobTitle", "président"),
    ("Ahmed Ould Sidi-Baba", "headOf", RECEF),
    ("Teodor Vasilescu-Amadi", "jobTitle", "conseiller électoral principal"),
    ("Teodor Vasilescu-Amadi", "memberOf", UNOWAS),
    ("Nafissatou Dembélé-Aguiar", "jobTitle", "coordonnatrice"),
    ("Nafissatou Dembélé-Aguiar", "headOf", PFMC),
    (RECEF, "subOrganizationOf", OIF),
    (PFMC, "?location", "Cotonou"),
    (UNOWAS, "?subOrganizationOf", "Nations Unies"),
    ("Commission de la CEDEAO", "?subOrganizationOf", CEDEAO),
    (FRL, "party", OIF),
    (FRL, "party", "Commission de la CEDEAO"),
    (FRL, "party", PFMC),
    (FRL, "?party", CEDEAO),
    (FRL, "signedAt", ARM),
    (FRL, "signedBy", "Rokiatou Sangaré-Lebrun"),
    (FRL, "signedBy", "Kwabena Ampofo-Lartey"),
    (FRL, "signedBy", "Nafissatou Dembélé-Aguiar"),
    (FRL, "date", "2023-11-30"),
])

# ---------------------------------------------------------------- fr-24 (compte rendu à rubriques « Date : », « Présidence : », « Organisation : », « Membres présents : », « Invités : » ; présent de narration ; « relève de » ; plan signé en séance)
RCS2 = "Deuxième réunion du comité de suivi de l'Initiative régionale contre les violences basées sur le genre dans l'océan Indien"
CSI = "comité de suivi de l'Initiative régionale contre les violences basées sur le genre dans l'océan Indien"
IRV = "Initiative régionale contre les violences basées sur le genre dans l'océan Indien"
PREDEFOI = "Plateforme régionale des défenseures des droits des femmes de l'océan Indien"
SECSADC = "Secrétariat de la Communauté de développement de l'Afrique australe"
SADC = "Communauté de développement de l'Afrique australe"
UGD = "Unité genre et développement"
DUE = "Délégation de l'Union européenne à Madagascar"
PTC = "Plan de travail conjoint 2024-2025"
doc("fr-24", "fr", """
Compte rendu de réunion
Deuxième réunion du comité de suivi de l'Initiative régionale contre les violences basées sur le genre dans l'océan Indien
Date : 14 mars 2024
Lieu : Antananarivo, Madagascar
Présidence : Mme Voahangy Rakotomalala-Perrin, présidente de la Plateforme régionale des défenseures des droits des femmes de l'océan Indien (PREDEFOI)
Organisation : Unité genre et développement du Secrétariat de la Communauté de développement de l'Afrique australe (SADC), avec l'appui du Fonds des Nations Unies pour la population (UNFPA)
Membres présents : PREDEFOI ; Collectif comorien contre les violences faites aux femmes (CCVFF) ; Association seychelloise des femmes juristes (ASFJ) ; Réseau mauricien des centres d'écoute (REMCE)
Invités : M. Hamidou Saïd Mchangama, chargé de programme au bureau de l'UNFPA à Moroni ; Mme Ingeborg Lassen-Ndiaye, attachée de coopération à la Délégation de l'Union européenne (UE) à Madagascar
1. Ouverture
La présidente ouvre la séance et souhaite la bienvenue au REMCE, qui a rejoint le comité en janvier. M. Tiago Mucavele-Rasoa, chef de l'Unité genre et développement, rappelle que l'Unité relève de la Direction du développement social et humain du Secrétariat de la SADC.
2. Bilan 2023
Le CCVFF présente son rapport : 412 survivantes ont été accompagnées à Moroni et à Anjouan. Mme Lassen-Ndiaye confirme que l'UE prolongera son financement jusqu'en 2026.
3. Plan de travail
Le Plan de travail conjoint 2024-2025 est adopté à l'unanimité, puis signé en séance par Mme Rakotomalala-Perrin, au nom de la PREDEFOI, et par M. Mucavele-Rasoa, pour le Secrétariat de la SADC.
Décisions
- L'ASFJ s'engage à rédiger, d'ici juin, une note juridique sur l'ordonnance de protection.
- La SADC soumettra la question à ses ministres chargés du genre.
- La prochaine réunion du comité se tiendra à Victoria, aux Seychelles, en septembre.
""", [
    ("E", RCS2, ["la séance"]),
    ("O", CSI, ["le comité"]),
    ("O", IRV, [], True),
    ("O", PREDEFOI, ["PREDEFOI"]),
    ("O", UGD, ["l'Unité"]),
    ("O", SECSADC, ["Secrétariat de la SADC"]),
    ("O", SADC, ["SADC"]),
    ("O", "Direction du développement social et humain", []),
    ("O", "Fonds des Nations Unies pour la population", ["UNFPA"]),
    ("O", "Nations Unies", [], True),
    ("O", "bureau de l'UNFPA à Moroni", [], True),
    ("O", "Collectif comorien contre les violences faites aux femmes", ["CCVFF"]),
    ("O", "Association seychelloise des femmes juristes", ["ASFJ"]),
    ("O", "Réseau mauricien des centres d'écoute", ["REMCE"]),
    ("O", DUE, ["Délégation de l'Union européenne"]),
    ("O", "Union européenne", ["UE"]),
    ("A", PTC, []),
    ("E", "prochaine réunion du comité", [], True),
    ("P", "Voahangy Rakotomalala-Perrin", ["Mme Voahangy Rakotomalala-Perrin", "Mme Rakotomalala-Perrin", "Rakotomalala-Perrin"]),
    ("P", "Hamidou Saïd Mchangama", ["M. Hamidou Saïd Mchangama", "Mchangama"]),
    ("P", "Ingeborg Lassen-Ndiaye", ["Mme Ingeborg Lassen-Ndiaye", "Mme Lassen-Ndiaye", "Lassen-Ndiaye"]),
    ("P", "Tiago Mucavele-Rasoa", ["M. Tiago Mucavele-Rasoa", "M. Mucavele-Rasoa", "Mucavele-Rasoa"]),
    ("L", "Antananarivo"), ("L", "Madagascar"), ("L", "Moroni"), ("L", "Anjouan"), ("L", "Victoria"), ("L", "Seychelles"),
    ("L", "océan Indien", [], True), ("L", "Afrique australe", [], True),
], [
    (RCS2, "location", "Antananarivo"),
    (RCS2, "?location", "Madagascar"),
    (RCS2, "startDate", "2024-03-14"),
    (RCS2, "?endDate", "2024-03-14"),
    (RCS2, "organizer", UGD),
    (RCS2, "?organizer", SECSADC),
    (RCS2, "?organizer", SADC),
    (RCS2, "?organizer", "Fonds des Nations Unies pour la population"),
    (RCS2, "?organizer", "Voahangy Rakotomalala-Perrin"),
    (RCS2, "?organizer", CSI),
    (RCS2, "attendee", "Voahangy Rakotomalala-Perrin"),
    (RCS2, "attendee", PREDEFOI),
    (RCS2, "attendee", "Collectif comorien contre les violences faites aux femmes"),
    (RCS2, "attendee", "Association seychelloise des femmes juristes"),
    (RCS2, "attendee", "Réseau mauricien des centres d'écoute"),
    (RCS2, "attendee", "Hamidou Saïd Mchangama"),
    (RCS2, "attendee", "Ingeborg Lassen-Ndiaye"),
    (RCS2, "attendee", "Tiago Mucavele-Rasoa"),
    (RCS2, "?attendee", CSI),
    (RCS2, "?attendee", UGD),
    (RCS2, "?attendee", SECSADC),
    (RCS2, "?attendee", "Fonds des Nations Unies pour la population"),
    (RCS2, "?attendee", DUE),
    (PREDEFOI, "memberOf", CSI),
    ("Collectif comorien contre les violences faites aux femmes", "memberOf", CSI),
    ("Association seychelloise des femmes juristes", "memberOf", CSI),
    ("Réseau mauricien des centres d'écoute", "memberOf", CSI),
    (CSI, "?subOrganizationOf", IRV),
    ("Voahangy Rakotomalala-Perrin", "jobTitle", "présidente"),
    ("Voahangy Rakotomalala-Perrin", "headOf", PREDEFOI),
    ("Hamidou Saïd Mchangama", "jobTitle", "chargé de programme"),
    ("Hamidou Saïd Mchangama", "memberOf", "Fonds des Nations Unies pour la population"),
    ("Hamidou Saïd Mchangama", "?memberOf", "bureau de l'UNFPA à Moroni"),
    ("bureau de l'UNFPA à Moroni", "?subOrganizationOf", "Fonds des Nations Unies pour la population"),
    ("bureau de l'UNFPA à Moroni", "?location", "Moroni"),
    ("Ingeborg Lassen-Ndiaye", "jobTitle", "attachée de coopération"),
    ("Ingeborg Lassen-Ndiaye", "memberOf", DUE),
    ("Ingeborg Lassen-Ndiaye", "?memberOf", "Union européenne"),
    ("Tiago Mucavele-Rasoa", "jobTitle", "chef"),
    ("Tiago Mucavele-Rasoa", "headOf", UGD),
    ("Tiago Mucavele-Rasoa", "?memberOf", SECSADC),
    (UGD, "subOrganizationOf", "Direction du développement social et humain"),
    (UGD, "?subOrganizationOf", SECSADC),
    ("Direction du développement social et humain", "?subOrganizationOf", SECSADC),
    (SECSADC, "?subOrganizationOf", SADC),
    ("Fonds des Nations Unies pour la population", "?subOrganizationOf", "Nations Unies"),
    (DUE, "?subOrganizationOf", "Union européenne"),
    (DUE, "?location", "Madagascar"),
    (PTC, "party", PREDEFOI),
    (PTC, "party", SECSADC),
    (PTC, "?party", SADC),
    (PTC, "?party", CSI),
    (PTC, "signedAt", RCS2),
    (PTC, "signedBy", "Voahangy Rakotomalala-Perrin"),
    (PTC, "signedBy", "Tiago Mucavele-Rasoa"),
    (PTC, "date", "2024-03-14"),
    ("prochaine réunion du comité", "?location", "Victoria"),
    ("prochaine réunion du comité", "?organizer", CSI),
])
