# Gold documents for tests/gold/en.jsonl; see ../README.md. Licence: ISC (same as the project).
from lib import doc

# ---------------------------------------------------------------- en-01 (event, no agreement)
SOM = "third EU-AU Senior Officials Meeting on Maritime Security in the Gulf of Guinea"
doc("en-01", "en", """
Press release
ACCRA, 14 May 2021
EU and AU step up cooperation on maritime security in the Gulf of Guinea
The third EU-AU Senior Officials Meeting on Maritime Security in the Gulf of Guinea took place on 12-13 May 2021 in Accra, Ghana. The meeting was hosted by the Accra Regional Maritime Security Coordination Centre (ARMSCC) and co-chaired by the European External Action Service (EEAS) and the African Union Commission.
EU Special Representative Karin Holmqvist led the European delegation, which included representatives of the European Commission's Directorate-General for Maritime Affairs and Fisheries (DG MARE) and of the Maritime Analysis and Operations Centre – Narcotics (MAOC-N). The African side was led by Ambassador Kwame Asante-Boateng, Director of the Conflict Management Directorate of the African Union Commission.
Participants included the Economic Community of Central African States (ECCAS), the Economic Community of West African States (ECOWAS), the Interregional Coordination Centre (ICC) in Yaoundé and the Gulf of Guinea Artisanal Fishers' Network (GGAFN).
“Piracy has fallen, but the criminal networks behind it have not gone away,” said Ms Holmqvist. Mr Asante-Boateng stressed that “maritime security begins on land, in coastal communities that need jobs and justice.”
Discussions took place within the framework of the wider EU-AU partnership and focused on information sharing, prosecutions and the protection of small-scale fishers.
Key commitments
1. The EEAS committed to extending its Coordinated Maritime Presences concept to the whole Gulf of Guinea until 2023.
2. The ARMSCC committed to hosting the fourth meeting in 2022.
""", [
    ("E", SOM, ["EU-AU Senior Officials Meeting on Maritime Security in the Gulf of Guinea", "the meeting"]),
    ("E", "fourth meeting", [], True),
    ("O", "European Union", ["EU"]),
    ("O", "African Union", ["AU"]),
    ("O", "Accra Regional Maritime Security Coordination Centre", ["ARMSCC"]),
    ("O", "European External Action Service", ["EEAS"]),
    ("O", "African Union Commission", []),
    ("O", "European Commission", []),
    ("O", "Directorate-General for Maritime Affairs and Fisheries", ["DG MARE"]),
    ("O", "Maritime Analysis and Operations Centre – Narcotics", ["MAOC-N"]),
    ("O", "Conflict Management Directorate", []),
    ("O", "Economic Community of Central African States", ["ECCAS"]),
    ("O", "Economic Community of West African States", ["ECOWAS"]),
    ("O", "Interregional Coordination Centre", ["ICC"]),
    ("O", "Gulf of Guinea Artisanal Fishers' Network", ["GGAFN"]),
    ("P", "Karin Holmqvist", ["EU Special Representative Karin Holmqvist", "Ms Holmqvist", "Holmqvist"]),
    ("P", "Kwame Asante-Boateng", ["Ambassador Kwame Asante-Boateng", "Mr Asante-Boateng", "Asante-Boateng"]),
    ("L", "Accra"), ("L", "Ghana"), ("L", "Gulf of Guinea"), ("L", "Yaoundé"),
], [
    (SOM, "location", "Accra"),
    (SOM, "?location", "Ghana"),
    (SOM, "startDate", "2021-05-12"),
    (SOM, "endDate", "2021-05-13"),
    (SOM, "organizer", "Accra Regional Maritime Security Coordination Centre"),
    (SOM, "?organizer", "European External Action Service"),
    (SOM, "?organizer", "African Union Commission"),
    (SOM, "attendee", "Karin Holmqvist"),
    (SOM, "attendee", "Kwame Asante-Boateng"),
    (SOM, "attendee", "Directorate-General for Maritime Affairs and Fisheries"),
    (SOM, "attendee", "Maritime Analysis and Operations Centre – Narcotics"),
    (SOM, "attendee", "Economic Community of Central African States"),
    (SOM, "attendee", "Economic Community of West African States"),
    (SOM, "attendee", "Interregional Coordination Centre"),
    (SOM, "attendee", "Gulf of Guinea Artisanal Fishers' Network"),
    (SOM, "?attendee", "European External Action Service"),
    (SOM, "?attendee", "African Union Commission"),
    (SOM, "?attendee", "European Union"),
    (SOM, "?attendee", "African Union"),
    (SOM, "?attendee", "European Commission"),
    ("Karin Holmqvist", "jobTitle", "Special Representative"),
    ("Karin Holmqvist", "?jobTitle", "EU Special Representative"),
    ("Karin Holmqvist", "memberOf", "European Union"),
    ("Kwame Asante-Boateng", "jobTitle", "Director"),
    ("Kwame Asante-Boateng", "?jobTitle", "Ambassador"),
    ("Kwame Asante-Boateng", "headOf", "Conflict Management Directorate"),
    ("Kwame Asante-Boateng", "?memberOf", "African Union Commission"),
    ("Conflict Management Directorate", "?subOrganizationOf", "African Union Commission"),
    ("Directorate-General for Maritime Affairs and Fisheries", "?subOrganizationOf", "European Commission"),
    ("African Union Commission", "?subOrganizationOf", "African Union"),
    ("European External Action Service", "?subOrganizationOf", "European Union"),
    ("European Commission", "?subOrganizationOf", "European Union"),
    ("Interregional Coordination Centre", "?location", "Yaoundé"),
    ("fourth meeting", "?organizer", "Accra Regional Maritime Security Coordination Centre"),
])

# ---------------------------------------------------------------- en-02 (mission report, event, distractors)
RC = "Regional Consultation on Cross-Border Pastoralism and Conflict Prevention"
doc("en-02", "en", """
Mission Report: Regional Consultation on Cross-Border Pastoralism and Conflict Prevention (3-5 October 2022)
The Regional Consultation on Cross-Border Pastoralism and Conflict Prevention was held from 3 to 5 October 2022 in Entebbe, Uganda. It was convened by the Conflict Early Warning and Response Mechanism (CEWARN), the early warning arm of the Intergovernmental Authority on Development (IGAD), with support from the Food and Agriculture Organization of the United Nations (FAO).
The Horn of Africa Civil Society Peace Platform (HACSPP) was represented by its Executive Director, Dr Faith Wanjiru Odhiambo, and by Mr Abdikadir Hassan Nur, Programme Officer at the platform's Mandera field office. Participants included representatives of the Karamoja Pastoralist Women's Forum (KPWF) and the Turkana County Peace Forum.
Within the framework of the session on climate-induced mobility, Dr Odhiambo presented the platform's study on water-point conflicts in the Karamoja cluster. Mr Nur facilitated a working group on livestock raiding along the Kenya-Ethiopia border.
Key outcomes
1. A statement was made on behalf of the platform during the closing session.
2. Participants recommended the establishment of joint cross-border peace committees in Mandera, Moyale and Moroto.
Key commitments
1. HACSPP committed to sharing its incident data with CEWARN on a quarterly basis.
2. IGAD committed to inviting civil society to the next meeting of the CEWARN Committee of Permanent Secretaries in Addis Ababa.
""", [
    ("E", RC, []),
    ("O", "Conflict Early Warning and Response Mechanism", ["CEWARN"]),
    ("O", "Intergovernmental Authority on Development", ["IGAD"]),
    ("O", "Food and Agriculture Organization of the United Nations", ["FAO"]),
    ("O", "United Nations", [], True),
    ("O", "Horn of Africa Civil Society Peace Platform", ["HACSPP", "the platform"]),
    ("O", "Mandera field office", [], True),
    ("O", "Karamoja Pastoralist Women's Forum", ["KPWF"]),
    ("O", "Turkana County Peace Forum", []),
    ("O", "CEWARN Committee of Permanent Secretaries", ["Committee of Permanent Secretaries"], True),
    ("P", "Faith Wanjiru Odhiambo", ["Dr Faith Wanjiru Odhiambo", "Dr Odhiambo", "Odhiambo"]),
    ("P", "Abdikadir Hassan Nur", ["Mr Abdikadir Hassan Nur", "Mr Nur", "Nur"]),
    ("L", "Entebbe"), ("L", "Uganda"), ("L", "Mandera"), ("L", "Karamoja cluster", ["Karamoja"]),
    ("L", "Kenya"), ("L", "Ethiopia"), ("L", "Moyale"), ("L", "Moroto"), ("L", "Addis Ababa"),
    ("L", "Horn of Africa", [], True),
    ("L", "Turkana", [], True),
], [
    (RC, "location", "Entebbe"),
    (RC, "?location", "Uganda"),
    (RC, "startDate", "2022-10-03"),
    (RC, "endDate", "2022-10-05"),
    (RC, "organizer", "Conflict Early Warning and Response Mechanism"),
    (RC, "?organizer", "Intergovernmental Authority on Development"),
    (RC, "?attendee", "Conflict Early Warning and Response Mechanism"),
    (RC, "?attendee", "Food and Agriculture Organization of the United Nations"),
    (RC, "attendee", "Horn of Africa Civil Society Peace Platform"),
    (RC, "attendee", "Faith Wanjiru Odhiambo"),
    (RC, "attendee", "Abdikadir Hassan Nur"),
    (RC, "attendee", "Karamoja Pastoralist Women's Forum"),
    (RC, "attendee", "Turkana County Peace Forum"),
    ("Conflict Early Warning and Response Mechanism", "subOrganizationOf", "Intergovernmental Authority on Development"),
    ("Food and Agriculture Organization of the United Nations", "?subOrganizationOf", "United Nations"),
    ("Faith Wanjiru Odhiambo", "jobTitle", "Executive Director"),
    ("Faith Wanjiru Odhiambo", "headOf", "Horn of Africa Civil Society Peace Platform"),
    ("Abdikadir Hassan Nur", "jobTitle", "Programme Officer"),
    ("Abdikadir Hassan Nur", "memberOf", "Horn of Africa Civil Society Peace Platform"),
    ("Abdikadir Hassan Nur", "?memberOf", "Mandera field office"),
    ("Mandera field office", "?subOrganizationOf", "Horn of Africa Civil Society Peace Platform"),
    ("CEWARN Committee of Permanent Secretaries", "?subOrganizationOf", "Conflict Early Warning and Response Mechanism"),
])

# ---------------------------------------------------------------- en-03 (MoU signed on the margins, weekday)
CONF = "second Western Indian Ocean Ministerial Conference on Maritime Crime"
MOU = "Memorandum of Understanding on Maritime Law Enforcement Cooperation"
doc("en-03", "en", """
PORT LOUIS, 14 May 2021 – The United Nations Office on Drugs and Crime (UNODC) and the Indian Ocean Commission (IOC) on Wednesday signed a memorandum of understanding to strengthen maritime law enforcement cooperation in the Western Indian Ocean.
The Memorandum of Understanding on Maritime Law Enforcement Cooperation was signed on the margins of the second Western Indian Ocean Ministerial Conference on Maritime Crime, held from 11 to 13 May 2021 in Port Louis, Mauritius, and organised by the Government of Mauritius in partnership with the IOC.
The agreement was signed by Dr Siobhan O'Connell-Baptiste, Head of UNODC's Global Maritime Crime Programme (GMCP), and IOC Secretary-General Jean-Baptiste Rakotomalala. The GMCP, a programme of UNODC's Division for Operations, has supported coast guards and prosecutors in the region since 2009.
“Criminals use the sea precisely because it lies between jurisdictions. This memorandum closes some of those gaps,” said Dr O'Connell-Baptiste. Mr Rakotomalala added that the IOC's member states would “finally speak with one voice on maritime crime.”
Representatives of the Regional Maritime Information Fusion Centre (RMIFC) in Madagascar, the Regional Coordination Operations Centre (RCOC) in Seychelles and the Western Indian Ocean Fishers' Alliance (WIOFA) also attended the Conference.
Key commitments
1. UNODC committed to deploying two maritime law enforcement mentors to the RCOC by the end of 2021.
2. The IOC committed to convening an annual review of the memorandum with all signatories.
""", [
    ("A", MOU, ["memorandum of understanding", "the agreement", "the memorandum", "This memorandum"]),
    ("E", CONF, ["Western Indian Ocean Ministerial Conference on Maritime Crime", "the Conference"]),
    ("O", "United Nations Office on Drugs and Crime", ["UNODC"]),
    ("O", "Indian Ocean Commission", ["IOC"]),
    ("O", "Government of Mauritius", []),
    ("O", "Global Maritime Crime Programme", ["GMCP", "UNODC's Global Maritime Crime Programme"]),
    ("O", "Division for Operations", ["UNODC's Division for Operations"]),
    ("O", "Regional Maritime Information Fusion Centre", ["RMIFC"]),
    ("O", "Regional Coordination Operations Centre", ["RCOC"]),
    ("O", "Western Indian Ocean Fishers' Alliance", ["WIOFA"]),
    ("P", "Siobhan O'Connell-Baptiste", ["Dr Siobhan O'Connell-Baptiste", "Dr O'Connell-Baptiste", "O'Connell-Baptiste"]),
    ("P", "Jean-Baptiste Rakotomalala", ["IOC Secretary-General Jean-Baptiste Rakotomalala", "Mr Rakotomalala", "Rakotomalala"]),
    ("L", "Port Louis"), ("L", "Mauritius"), ("L", "Western Indian Ocean"), ("L", "Madagascar"), ("L", "Seychelles"),
], [
    (MOU, "party", "United Nations Office on Drugs and Crime"),
    (MOU, "party", "Indian Ocean Commission"),
    (MOU, "?party", "Global Maritime Crime Programme"),
    (MOU, "signedAt", CONF),
    (MOU, "signedBy", "Siobhan O'Connell-Baptiste"),
    (MOU, "signedBy", "Jean-Baptiste Rakotomalala"),
    (MOU, "date", "2021-05-12"),
    (CONF, "location", "Port Louis"),
    (CONF, "?location", "Mauritius"),
    (CONF, "startDate", "2021-05-11"),
    (CONF, "endDate", "2021-05-13"),
    (CONF, "organizer", "Government of Mauritius"),
    (CONF, "?organizer", "Indian Ocean Commission"),
    (CONF, "attendee", "Regional Maritime Information Fusion Centre"),
    (CONF, "attendee", "Regional Coordination Operations Centre"),
    (CONF, "attendee", "Western Indian Ocean Fishers' Alliance"),
    (CONF, "?attendee", "United Nations Office on Drugs and Crime"),
    (CONF, "?attendee", "Indian Ocean Commission"),
    (CONF, "?attendee", "Siobhan O'Connell-Baptiste"),
    (CONF, "?attendee", "Jean-Baptiste Rakotomalala"),
    ("Siobhan O'Connell-Baptiste", "jobTitle", "Head"),
    ("Siobhan O'Connell-Baptiste", "headOf", "Global Maritime Crime Programme"),
    ("Siobhan O'Connell-Baptiste", "?memberOf", "United Nations Office on Drugs and Crime"),
    ("Jean-Baptiste Rakotomalala", "jobTitle", "Secretary-General"),
    ("Jean-Baptiste Rakotomalala", "?jobTitle", "IOC Secretary-General"),
    ("Jean-Baptiste Rakotomalala", "memberOf", "Indian Ocean Commission"),
    ("Jean-Baptiste Rakotomalala", "?headOf", "Indian Ocean Commission"),
    ("Global Maritime Crime Programme", "subOrganizationOf", "Division for Operations"),
    ("Global Maritime Crime Programme", "?subOrganizationOf", "United Nations Office on Drugs and Crime"),
    ("Division for Operations", "?subOrganizationOf", "United Nations Office on Drugs and Crime"),
])

# ---------------------------------------------------------------- en-04 (workshop, weekday range, "a unit of")
WS = "Regional Workshop on Civic Space and Elections in Southern Africa"
RO = "Regional Office for Southern Africa"
OHCHR = "Office of the United Nations High Commissioner for Human Rights"
doc("en-04", "en", """
PRETORIA, 9 November 2023 — The Regional Office for Southern Africa of the Office of the United Nations High Commissioner for Human Rights (OHCHR) convened a Regional Workshop on Civic Space and Elections in Southern Africa in Pretoria. The workshop opened on Tuesday and closed on Wednesday.
The Regional Office, a unit of OHCHR's Field Operations and Technical Cooperation Division, covers ten countries of the region, including Lesotho, Malawi, Mozambique and Zimbabwe.
“Elections are won or lost long before polling day, in the space that citizens, journalists and human rights defenders have to speak freely,” said Ms Thandiwe Mokoena-Pillay, Head of the Regional Office, in her opening remarks. The workshop also heard a video message from the High Commissioner.
Representatives of the Electoral Advisory Council of the Southern African Development Community (SADC), the Zambezi Human Rights Defenders Coalition (ZHRDC) and the Southern Africa Journalists' Safety Network (SAJSN) attended the workshop. Mr Tendai Chikwanha-Moyo, coordinator of the ZHRDC, presented the coalition's monitoring of the 2023 elections in Zimbabwe, while Ms Refilwe Dlamini, a lawyer with the SAJSN, described the legal threats faced by reporters in Lusaka and Harare.
Key commitments
1. The Regional Office committed to publishing a regional guidance note on civic space during elections by March 2024.
2. SADC's Electoral Advisory Council committed to inviting civil society observers to its pre-election assessment missions.
""", [
    ("E", WS, ["the workshop"]),
    ("O", RO, ["Regional Office", "the Regional Office"]),
    ("O", OHCHR, ["OHCHR"]),
    ("O", "Field Operations and Technical Cooperation Division", ["OHCHR's Field Operations and Technical Cooperation Division"]),
    ("O", "Electoral Advisory Council", ["SADC's Electoral Advisory Council"]),
    ("O", "Southern African Development Community", ["SADC"]),
    ("O", "Zambezi Human Rights Defenders Coalition", ["ZHRDC"]),
    ("O", "Southern Africa Journalists' Safety Network", ["SAJSN"]),
    ("P", "Thandiwe Mokoena-Pillay", ["Ms Thandiwe Mokoena-Pillay", "Mokoena-Pillay"]),
    ("P", "Tendai Chikwanha-Moyo", ["Mr Tendai Chikwanha-Moyo", "Chikwanha-Moyo"]),
    ("P", "Refilwe Dlamini", ["Ms Refilwe Dlamini", "Dlamini"]),
    ("P", "High Commissioner", [], True),
    ("L", "Pretoria"), ("L", "Southern Africa", [], True), ("L", "Lesotho"), ("L", "Malawi"), ("L", "Mozambique"),
    ("L", "Zimbabwe"), ("L", "Lusaka"), ("L", "Harare"),
    ("L", "Zambezi", [], True),
], [
    (WS, "location", "Pretoria"),
    (WS, "startDate", "2023-11-07"),
    (WS, "endDate", "2023-11-08"),
    (WS, "organizer", RO),
    (WS, "?organizer", OHCHR),
    (WS, "?attendee", RO),
    (WS, "?attendee", "Thandiwe Mokoena-Pillay"),
    (WS, "attendee", "Electoral Advisory Council"),
    (WS, "attendee", "Zambezi Human Rights Defenders Coalition"),
    (WS, "attendee", "Southern Africa Journalists' Safety Network"),
    (WS, "attendee", "Tendai Chikwanha-Moyo"),
    (WS, "attendee", "Refilwe Dlamini"),
    (WS, "?attendee", "Southern African Development Community"),
    (RO, "subOrganizationOf", "Field Operations and Technical Cooperation Division"),
    (RO, "?subOrganizationOf", OHCHR),
    ("Field Operations and Technical Cooperation Division", "?subOrganizationOf", OHCHR),
    ("Electoral Advisory Council", "?subOrganizationOf", "Southern African Development Community"),
    ("Thandiwe Mokoena-Pillay", "jobTitle", "Head"),
    ("Thandiwe Mokoena-Pillay", "headOf", RO),
    ("Tendai Chikwanha-Moyo", "jobTitle", "coordinator"),
    ("Tendai Chikwanha-Moyo", "headOf", "Zambezi Human Rights Defenders Coalition"),
    ("Refilwe Dlamini", "jobTitle", "lawyer"),
    ("Refilwe Dlamini", "memberOf", "Southern Africa Journalists' Safety Network"),
])

# ---------------------------------------------------------------- en-05 (appointment; no event, no agreement)
UNRCCA = "United Nations Regional Centre for Preventive Diplomacy for Central Asia"
doc("en-05", "en", """
Secretary-General appoints Dr Yusuf bin Rashid al-Hamdani of Yemen as Special Representative for Central Asia
NEW YORK, 17 January 2024
The Secretary-General of the United Nations today announced the appointment of Dr Yusuf bin Rashid al-Hamdani of Yemen as his Special Representative for Central Asia and Head of the United Nations Regional Centre for Preventive Diplomacy for Central Asia (UNRCCA), based in Ashgabat, Turkmenistan.
Dr al-Hamdani succeeds Ms Anneliese van der Berg-Okoro of the Netherlands, to whom the Secretary-General is grateful for her dedicated service and leadership of the Centre. Ms van der Berg-Okoro will join the Department of Political and Peacebuilding Affairs (DPPA) as Director of its Asia and the Pacific Division.
Dr al-Hamdani brings more than 25 years of experience in diplomacy, mediation and regional cooperation. Most recently, he was Director of the Gulf Institute for Mediation and Dialogue (GIMD) in Muscat, Oman. Earlier, within the framework of his work at the Organisation of Islamic Cooperation (OIC), he led fact-finding visits to Afghanistan and facilitated talks on shared water resources in the Amu Darya basin.
He holds a doctorate in international relations from the University of Exeter and a master's degree in Islamic law from Sultan Qaboos University. He is fluent in Arabic, English and Russian.
Within the framework of its mandate, UNRCCA assists the five Central Asian States in managing transboundary water resources and preventing violent extremism.
""", [
    ("P", "Yusuf bin Rashid al-Hamdani", ["Dr Yusuf bin Rashid al-Hamdani", "Dr al-Hamdani", "al-Hamdani"]),
    ("P", "Anneliese van der Berg-Okoro", ["Ms Anneliese van der Berg-Okoro", "Ms van der Berg-Okoro", "van der Berg-Okoro"]),
    ("P", "Secretary-General", ["Secretary-General of the United Nations"], True),
    ("O", "United Nations", []),
    ("O", UNRCCA, ["UNRCCA", "the Centre"]),
    ("O", "Department of Political and Peacebuilding Affairs", ["DPPA"]),
    ("O", "Asia and the Pacific Division", []),
    ("O", "Gulf Institute for Mediation and Dialogue", ["GIMD"]),
    ("O", "Organisation of Islamic Cooperation", ["OIC"]),
    ("O", "University of Exeter", []),
    ("O", "Sultan Qaboos University", []),
    ("L", "New York", ["NEW YORK"]), ("L", "Yemen"), ("L", "Central Asia", [], True), ("L", "Ashgabat"), ("L", "Turkmenistan"), ("L", "Netherlands"),
    ("L", "Muscat"), ("L", "Oman"), ("L", "Afghanistan"), ("L", "Amu Darya basin", ["Amu Darya"]),
    ("L", "Exeter", [], True),
], [
    ("Yusuf bin Rashid al-Hamdani", "jobTitle", "Special Representative for Central Asia"),
    ("Yusuf bin Rashid al-Hamdani", "jobTitle", "Head"),
    ("Yusuf bin Rashid al-Hamdani", "headOf", UNRCCA),
    ("Yusuf bin Rashid al-Hamdani", "?memberOf", "United Nations"),
    ("Yusuf bin Rashid al-Hamdani", "?jobTitle", "Director"),
    ("Yusuf bin Rashid al-Hamdani", "?headOf", "Gulf Institute for Mediation and Dialogue"),
    ("Yusuf bin Rashid al-Hamdani", "?memberOf", "Organisation of Islamic Cooperation"),
    ("Anneliese van der Berg-Okoro", "?headOf", UNRCCA),
    ("Anneliese van der Berg-Okoro", "?jobTitle", "Director"),
    ("Anneliese van der Berg-Okoro", "?headOf", "Asia and the Pacific Division"),
    ("Anneliese van der Berg-Okoro", "?memberOf", "Department of Political and Peacebuilding Affairs"),
    ("Asia and the Pacific Division", "?subOrganizationOf", "Department of Political and Peacebuilding Affairs"),
    (UNRCCA, "?subOrganizationOf", "United Nations"),
])

# ---------------------------------------------------------------- en-06 (youth forum, uulu, memberships)
YF = "fifth Central Asian Youth Forum on Preventing Violent Extremism"
PO = "OSCE Programme Office in Bishkek"
FV = "Fergana Valley Youth Dialogue Network"
doc("en-06", "en", """
OSCE Programme Office in Bishkek
Press release
BISHKEK, 24 June 2024
Young peacebuilders from across the Fergana Valley met in Osh on 20 and 21 June 2024 for the fifth Central Asian Youth Forum on Preventing Violent Extremism, organised by the OSCE Programme Office in Bishkek in co-operation with the Fergana Valley Youth Dialogue Network (FVYDN).
The Programme Office is a field operation of the Organization for Security and Co-operation in Europe (OSCE) and has supported youth initiatives in Kyrgyzstan since 2016.
The Forum was opened by the Head of the Programme Office, Ambassador Henrik Lindqvist-Brandt, and by Nurlan Asanbek uulu, Chair of the FVYDN. Participants included some 120 young people from Kyrgyzstan, Tajikistan and Uzbekistan, as well as representatives of the United Nations Children's Fund (UNICEF) and of the Institute for Youth Policy and Dialogue (IYPD), a think tank based in Osh.
“Young people are not the problem to be solved; they are partners in prevention,” said Ambassador Lindqvist-Brandt. Mr Asanbek uulu recalled that the FVYDN, founded by eleven student associations in 2019, is a member of the Central Asian Network for Youth and Peace (CANYP) and of the United Network of Young Peacebuilders (UNOY).
Ms Aigerim Tokhtarova-Sultanova, a youth worker from Khujand, Tajikistan, presented a peer-mentoring scheme for young returnees.
Key commitments
1. The Programme Office committed to funding ten youth-led projects in the Osh and Jalal-Abad regions in 2024.
2. The FVYDN committed to publishing the Forum's recommendations in Kyrgyz, Russian, Tajik and Uzbek.
""", [
    ("E", YF, ["Central Asian Youth Forum on Preventing Violent Extremism", "the Forum"]),
    ("O", PO, ["Programme Office", "the Programme Office"]),
    ("O", "Organization for Security and Co-operation in Europe", ["OSCE"]),
    ("O", FV, ["FVYDN"]),
    ("O", "United Nations Children's Fund", ["UNICEF"]),
    ("O", "Institute for Youth Policy and Dialogue", ["IYPD"]),
    ("O", "Central Asian Network for Youth and Peace", ["CANYP"]),
    ("O", "United Network of Young Peacebuilders", ["UNOY"]),
    ("P", "Henrik Lindqvist-Brandt", ["Ambassador Henrik Lindqvist-Brandt", "Ambassador Lindqvist-Brandt", "Lindqvist-Brandt"]),
    ("P", "Nurlan Asanbek uulu", ["Mr Asanbek uulu", "Asanbek uulu"]),
    ("P", "Aigerim Tokhtarova-Sultanova", ["Ms Aigerim Tokhtarova-Sultanova", "Tokhtarova-Sultanova"]),
    ("L", "Fergana Valley"), ("L", "Osh"), ("L", "Bishkek"), ("L", "Kyrgyzstan"), ("L", "Tajikistan"),
    ("L", "Uzbekistan"), ("L", "Khujand"), ("L", "Jalal-Abad"),
    ("L", "Central Asia", [], True),
    ("L", "Europe", [], True),
], [
    (YF, "location", "Osh"),
    (YF, "startDate", "2024-06-20"),
    (YF, "endDate", "2024-06-21"),
    (YF, "organizer", PO),
    (YF, "?organizer", FV),
    (YF, "attendee", "Henrik Lindqvist-Brandt"),
    (YF, "attendee", "Nurlan Asanbek uulu"),
    (YF, "attendee", "United Nations Children's Fund"),
    (YF, "attendee", "Institute for Youth Policy and Dialogue"),
    (YF, "attendee", "Aigerim Tokhtarova-Sultanova"),
    (YF, "?attendee", PO),
    (YF, "?attendee", FV),
    (PO, "subOrganizationOf", "Organization for Security and Co-operation in Europe"),
    ("Henrik Lindqvist-Brandt", "jobTitle", "Head"),
    ("Henrik Lindqvist-Brandt", "?jobTitle", "Ambassador"),
    ("Henrik Lindqvist-Brandt", "headOf", PO),
    ("Nurlan Asanbek uulu", "jobTitle", "Chair"),
    ("Nurlan Asanbek uulu", "headOf", FV),
    ("Aigerim Tokhtarova-Sultanova", "jobTitle", "youth worker"),
    (FV, "memberOf", "Central Asian Network for Youth and Peace"),
    (FV, "memberOf", "United Network of Young Peacebuilders"),
])

# ---------------------------------------------------------------- en-07 (dialogue + joint declaration, distractor statement)
DLG = "second EU-GCC High-Level Dialogue on Counter-Terrorism and Preventing Violent Extremism"
RJD = "Riyadh Joint Declaration on Countering the Financing of Terrorism"
doc("en-07", "en", """
Joint press release
RIYADH, 27 April 2023
The second EU-GCC High-Level Dialogue on Counter-Terrorism and Preventing Violent Extremism was held on Wednesday at the headquarters of the Secretariat General of the Gulf Cooperation Council (GCC) in Riyadh.
The Dialogue was co-chaired by Sheikh Khalid bin Rashid al-Mansouri, Assistant Secretary-General for Political and Negotiation Affairs of the GCC, and by Mr Tomasz Wierzbicki-Laurent, Managing Director for the Middle East and North Africa at the European External Action Service (EEAS). The delegations included representatives of the European Commission's Directorate-General for Migration and Home Affairs (DG HOME), of Europol, of the Counter-Terrorism Committee Executive Directorate (CTED) and of the Gulf Centre for Financial Intelligence Studies (GCFIS).
At the close of the Dialogue, the two sides adopted the Riyadh Joint Declaration on Countering the Financing of Terrorism, signed by Sheikh Khalid and Mr Wierzbicki-Laurent on behalf of the GCC and the European Union (EU). The Declaration commits both organisations to exchanging typologies on the misuse of charities and virtual assets.
A statement was made by Ms Layla Haddad-Rahme on behalf of the Arab Women Mediators Network (AWMN), who called for the voices of women from affected communities to be heard in future rounds.
“Terrorist financing does not respect borders, and neither can our response,” said Mr Wierzbicki-Laurent.
Key commitments
1. The EU committed to funding a joint training programme for financial intelligence units of the six GCC member states.
2. The GCC Secretariat General committed to hosting the third round of the Dialogue in 2024.
""", [
    ("E", DLG, ["EU-GCC High-Level Dialogue on Counter-Terrorism and Preventing Violent Extremism", "the Dialogue"]),
    ("A", RJD, ["the Declaration"]),
    ("O", "Gulf Cooperation Council", ["GCC"]),
    ("O", "Secretariat General of the Gulf Cooperation Council", ["GCC Secretariat General", "Secretariat General"]),
    ("O", "European Union", ["EU"]),
    ("O", "European External Action Service", ["EEAS"]),
    ("O", "European Commission", []),
    ("O", "Directorate-General for Migration and Home Affairs", ["DG HOME"]),
    ("O", "Europol", []),
    ("O", "Counter-Terrorism Committee Executive Directorate", ["CTED"]),
    ("O", "Counter-Terrorism Committee", [], True),
    ("O", "Gulf Centre for Financial Intelligence Studies", ["GCFIS"]),
    ("O", "Arab Women Mediators Network", ["AWMN"]),
    ("P", "Khalid bin Rashid al-Mansouri", ["Sheikh Khalid bin Rashid al-Mansouri", "Sheikh Khalid", "al-Mansouri"]),
    ("P", "Tomasz Wierzbicki-Laurent", ["Mr Tomasz Wierzbicki-Laurent", "Mr Wierzbicki-Laurent", "Wierzbicki-Laurent"]),
    ("P", "Layla Haddad-Rahme", ["Ms Layla Haddad-Rahme", "Haddad-Rahme"]),
    ("L", "Riyadh"),
    ("L", "Middle East", [], True),
    ("L", "North Africa", [], True),
    ("L", "headquarters of the Secretariat General of the Gulf Cooperation Council", [], True),
    ("E", "third round of the Dialogue", [], True),
], [
    (DLG, "location", "Riyadh"),
    (DLG, "?location", "headquarters of the Secretariat General of the Gulf Cooperation Council"),
    (DLG, "startDate", "2023-04-26"),
    (DLG, "?endDate", "2023-04-26"),
    (DLG, "?organizer", "Khalid bin Rashid al-Mansouri"),
    (DLG, "?organizer", "Tomasz Wierzbicki-Laurent"),
    (DLG, "?organizer", "Secretariat General of the Gulf Cooperation Council"),
    (DLG, "attendee", "Khalid bin Rashid al-Mansouri"),
    (DLG, "attendee", "Tomasz Wierzbicki-Laurent"),
    (DLG, "attendee", "Directorate-General for Migration and Home Affairs"),
    (DLG, "attendee", "Europol"),
    (DLG, "attendee", "Counter-Terrorism Committee Executive Directorate"),
    (DLG, "attendee", "Gulf Centre for Financial Intelligence Studies"),
    (DLG, "?attendee", "Layla Haddad-Rahme"),
    (DLG, "?attendee", "Arab Women Mediators Network"),
    (DLG, "?attendee", "Gulf Cooperation Council"),
    (DLG, "?attendee", "European Union"),
    (DLG, "?attendee", "European External Action Service"),
    ("Khalid bin Rashid al-Mansouri", "jobTitle", "Assistant Secretary-General for Political and Negotiation Affairs"),
    ("Khalid bin Rashid al-Mansouri", "?jobTitle", "Sheikh"),
    ("Khalid bin Rashid al-Mansouri", "memberOf", "Gulf Cooperation Council"),
    ("Tomasz Wierzbicki-Laurent", "jobTitle", "Managing Director for the Middle East and North Africa"),
    ("Tomasz Wierzbicki-Laurent", "memberOf", "European External Action Service"),
    ("Layla Haddad-Rahme", "?memberOf", "Arab Women Mediators Network"),
    ("Directorate-General for Migration and Home Affairs", "?subOrganizationOf", "European Commission"),
    ("European External Action Service", "?subOrganizationOf", "European Union"),
    ("European Commission", "?subOrganizationOf", "European Union"),
    ("Europol", "?subOrganizationOf", "European Union"),
    ("Counter-Terrorism Committee Executive Directorate", "?subOrganizationOf", "Counter-Terrorism Committee"),
    ("Secretariat General of the Gulf Cooperation Council", "?subOrganizationOf", "Gulf Cooperation Council"),
    (RJD, "party", "Gulf Cooperation Council"),
    (RJD, "party", "European Union"),
    (RJD, "signedAt", DLG),
    (RJD, "signedBy", "Khalid bin Rashid al-Mansouri"),
    (RJD, "signedBy", "Tomasz Wierzbicki-Laurent"),
    (RJD, "date", "2023-04-26"),
    ("third round of the Dialogue", "?organizer", "Secretariat General of the Gulf Cooperation Council"),
])

# ---------------------------------------------------------------- en-08 (action plan; "ACR (long form)")
TCM = "first AU-UNDP Technical Coordination Meeting on the Sahel"
JAP = "AU-UNDP Joint Action Plan on Governance and Stabilisation in the Sahel"
doc("en-08", "en", """
Press release
ADDIS ABABA, 1 December 2022
AU and UNDP adopt joint action plan on governance and stabilisation in the Sahel
The African Union (AU) and UNDP (United Nations Development Programme) adopted the AU-UNDP Joint Action Plan on Governance and Stabilisation in the Sahel (2023-2025) on 30 November 2022, at the close of the first AU-UNDP Technical Coordination Meeting on the Sahel, held in Addis Ababa from 28 to 30 November 2022.
The Technical Coordination Meeting was convened by the AU Commission's Department of Political Affairs, Peace and Security (PAPS) and UNDP's Regional Bureau for Africa, with the participation of the African Union Mission for Mali and the Sahel (MISAHEL), the Liptako-Gourma Authority (LGA) and the Sahel Women's Peace Observatory (SWPO), a civil-society network based in Niamey.
The Action Plan was signed by Ambassador Fatima Zahra El Idrissi, Director for Governance and Conflict Prevention in the PAPS Department, on behalf of the AU, and by Ms Ingrid Solberg-Mensah, Deputy Director of UNDP's Regional Bureau for Africa, on behalf of UNDP.
MISAHEL, a field mission of the AU based in Bamako, will host the joint secretariat of the Action Plan.
“Stabilisation that is not anchored in legitimate local governance does not last,” said Ambassador El Idrissi. Ms Solberg-Mensah said the plan would help “move from pilot projects to regional public policy.”
Key commitments
1. UNDP committed to mobilising USD 40 million for the Regional Stabilisation Facility for the Liptako-Gourma area.
2. The SWPO committed to training 300 women mediators in Burkina Faso, Mali and Niger.
""", [
    ("E", TCM, ["AU-UNDP Technical Coordination Meeting on the Sahel", "Technical Coordination Meeting"]),
    ("A", JAP, ["Action Plan", "joint action plan", "the plan"]),
    ("O", "African Union", ["AU"]),
    ("O", "United Nations Development Programme", ["UNDP"]),
    ("O", "AU Commission", []),
    ("O", "Department of Political Affairs, Peace and Security", ["PAPS", "PAPS Department"]),
    ("O", "Regional Bureau for Africa", ["UNDP's Regional Bureau for Africa"]),
    ("O", "African Union Mission for Mali and the Sahel", ["MISAHEL"]),
    ("O", "Liptako-Gourma Authority", ["LGA"]),
    ("O", "Sahel Women's Peace Observatory", ["SWPO"]),
    ("O", "Regional Stabilisation Facility for the Liptako-Gourma area", ["Regional Stabilisation Facility"], True),
    ("P", "Fatima Zahra El Idrissi", ["Ambassador Fatima Zahra El Idrissi", "Ambassador El Idrissi", "El Idrissi"]),
    ("P", "Ingrid Solberg-Mensah", ["Ms Ingrid Solberg-Mensah", "Ms Solberg-Mensah", "Solberg-Mensah"]),
    ("L", "Sahel"), ("L", "Addis Ababa"), ("L", "Niamey"), ("L", "Bamako"), ("L", "Burkina Faso"), ("L", "Mali"),
    ("L", "Niger"),
    ("L", "Liptako-Gourma area", ["Liptako-Gourma"], True),
], [
    (TCM, "location", "Addis Ababa"),
    (TCM, "startDate", "2022-11-28"),
    (TCM, "endDate", "2022-11-30"),
    (TCM, "organizer", "Department of Political Affairs, Peace and Security"),
    (TCM, "organizer", "Regional Bureau for Africa"),
    (TCM, "attendee", "African Union Mission for Mali and the Sahel"),
    (TCM, "attendee", "Liptako-Gourma Authority"),
    (TCM, "attendee", "Sahel Women's Peace Observatory"),
    (TCM, "?attendee", "Fatima Zahra El Idrissi"),
    (TCM, "?attendee", "Ingrid Solberg-Mensah"),
    (TCM, "?attendee", "African Union"),
    (TCM, "?attendee", "United Nations Development Programme"),
    (JAP, "party", "African Union"),
    (JAP, "party", "United Nations Development Programme"),
    (JAP, "signedAt", TCM),
    (JAP, "signedBy", "Fatima Zahra El Idrissi"),
    (JAP, "signedBy", "Ingrid Solberg-Mensah"),
    (JAP, "date", "2022-11-30"),
    ("Fatima Zahra El Idrissi", "jobTitle", "Director for Governance and Conflict Prevention"),
    ("Fatima Zahra El Idrissi", "?jobTitle", "Ambassador"),
    ("Fatima Zahra El Idrissi", "memberOf", "Department of Political Affairs, Peace and Security"),
    ("Ingrid Solberg-Mensah", "jobTitle", "Deputy Director"),
    ("Ingrid Solberg-Mensah", "memberOf", "Regional Bureau for Africa"),
    ("Department of Political Affairs, Peace and Security", "?subOrganizationOf", "AU Commission"),
    ("AU Commission", "?subOrganizationOf", "African Union"),
    ("Regional Bureau for Africa", "?subOrganizationOf", "United Nations Development Programme"),
    ("African Union Mission for Mali and the Sahel", "subOrganizationOf", "African Union"),
])

# ---------------------------------------------------------------- en-09 (coordination body membership, joint priorities, weekday)
SCM = "twenty-first meeting of the UN-EU Steering Committee on Crisis Management"
SC = "UN-EU Steering Committee on Crisis Management"
JP = "UN-EU Joint Priorities on Peace Operations and Crisis Management 2023-2025"
doc("en-09", "en", """
Twenty-first meeting of the UN-EU Steering Committee on Crisis Management
BRUSSELS, 20 May 2022
The UN-EU Steering Committee on Crisis Management held its twenty-first meeting in Brussels on Thursday, hosted by the European External Action Service (EEAS).
The Steering Committee brings together the Department of Peace Operations (DPO), the Department of Political and Peacebuilding Affairs (DPPA) and the Office for the Coordination of Humanitarian Affairs (OCHA) on the United Nations side, and the EEAS, the Service for Foreign Policy Instruments (FPI) and the Directorate-General for European Civil Protection and Humanitarian Aid Operations (DG ECHO) of the European Commission on the European Union side.
The meeting was co-chaired by Ms Rosalind Achterberg-Mwangi, Assistant Secretary-General for Europe, Central Asia and Americas in the DPPA-DPO shared regional structure, and by Mr Joaquín Ortega de la Serna, Deputy Secretary-General for Common Security and Defence Policy and Crisis Response at the EEAS.
Participants reviewed cooperation in Mali, Somalia and the Central African Republic, where UN peacekeeping operations and EU missions are deployed side by side.
The Committee endorsed the UN-EU Joint Priorities on Peace Operations and Crisis Management 2023-2025, which were signed on the same day by Ms Achterberg-Mwangi and Mr Ortega de la Serna on behalf of the United Nations and the European Union. The Joint Priorities cover climate-related security risks, women, peace and security, and transitions.
“We plan together, and increasingly we deliver together,” said Mr Ortega de la Serna.
Key commitments
1. DPO committed to sharing mission transition plans with the EEAS at an early stage.
2. The EEAS committed to hosting the next meeting in Brussels in the second half of 2023.
""", [
    ("E", SCM, ["twenty-first meeting", "The meeting"]),
    ("O", SC, ["Steering Committee", "the Committee"]),
    ("A", JP, ["UN-EU Joint Priorities on Peace Operations and Crisis Management", "the Joint Priorities"]),
    ("O", "United Nations", ["UN"]),
    ("O", "European Union", ["EU"]),
    ("O", "European External Action Service", ["EEAS"]),
    ("O", "Department of Peace Operations", ["DPO"]),
    ("O", "Department of Political and Peacebuilding Affairs", ["DPPA"]),
    ("O", "Office for the Coordination of Humanitarian Affairs", ["OCHA"]),
    ("O", "Service for Foreign Policy Instruments", ["FPI"]),
    ("O", "Directorate-General for European Civil Protection and Humanitarian Aid Operations", ["DG ECHO"]),
    ("O", "European Commission", []),
    ("O", "DPPA-DPO shared regional structure", [], True),
    ("E", "next meeting", [], True),
    ("P", "Rosalind Achterberg-Mwangi", ["Ms Rosalind Achterberg-Mwangi", "Ms Achterberg-Mwangi", "Achterberg-Mwangi"]),
    ("P", "Joaquín Ortega de la Serna", ["Mr Joaquín Ortega de la Serna", "Mr Ortega de la Serna", "Ortega de la Serna"]),
    ("L", "Brussels"), ("L", "Mali"), ("L", "Somalia"), ("L", "Central African Republic"),
    ("L", "Europe", [], True), ("L", "Central Asia", [], True), ("L", "Americas", [], True),
], [
    (SCM, "location", "Brussels"),
    (SCM, "startDate", "2022-05-19"),
    (SCM, "?endDate", "2022-05-19"),
    (SCM, "organizer", "European External Action Service"),
    (SCM, "?organizer", SC),
    (SCM, "attendee", "Rosalind Achterberg-Mwangi"),
    (SCM, "attendee", "Joaquín Ortega de la Serna"),
    (SCM, "?attendee", SC),
    (SCM, "?attendee", "European External Action Service"),
    (SCM, "?attendee", "Department of Peace Operations"),
    (SCM, "?attendee", "Department of Political and Peacebuilding Affairs"),
    (SCM, "?attendee", "Office for the Coordination of Humanitarian Affairs"),
    (SCM, "?attendee", "Service for Foreign Policy Instruments"),
    (SCM, "?attendee", "Directorate-General for European Civil Protection and Humanitarian Aid Operations"),
    ("Department of Peace Operations", "memberOf", SC),
    ("Department of Political and Peacebuilding Affairs", "memberOf", SC),
    ("Office for the Coordination of Humanitarian Affairs", "memberOf", SC),
    ("European External Action Service", "memberOf", SC),
    ("Service for Foreign Policy Instruments", "memberOf", SC),
    ("Directorate-General for European Civil Protection and Humanitarian Aid Operations", "memberOf", SC),
    ("Department of Peace Operations", "?subOrganizationOf", "United Nations"),
    ("Department of Political and Peacebuilding Affairs", "?subOrganizationOf", "United Nations"),
    ("Office for the Coordination of Humanitarian Affairs", "?subOrganizationOf", "United Nations"),
    ("European External Action Service", "?subOrganizationOf", "European Union"),
    ("Service for Foreign Policy Instruments", "subOrganizationOf", "European Commission"),
    ("Directorate-General for European Civil Protection and Humanitarian Aid Operations", "subOrganizationOf", "European Commission"),
    ("European Commission", "?subOrganizationOf", "European Union"),
    ("Rosalind Achterberg-Mwangi", "jobTitle", "Assistant Secretary-General for Europe, Central Asia and Americas"),
    ("Rosalind Achterberg-Mwangi", "?memberOf", "Department of Political and Peacebuilding Affairs"),
    ("Rosalind Achterberg-Mwangi", "?memberOf", "Department of Peace Operations"),
    ("Rosalind Achterberg-Mwangi", "?memberOf", "United Nations"),
    ("Joaquín Ortega de la Serna", "jobTitle", "Deputy Secretary-General for Common Security and Defence Policy and Crisis Response"),
    ("Joaquín Ortega de la Serna", "memberOf", "European External Action Service"),
    (JP, "party", "United Nations"),
    (JP, "party", "European Union"),
    (JP, "signedAt", SCM),
    (JP, "signedBy", "Rosalind Achterberg-Mwangi"),
    (JP, "signedBy", "Joaquín Ortega de la Serna"),
    (JP, "date", "2022-05-19"),
    ("next meeting", "?location", "Brussels"),
    ("next meeting", "?organizer", "European External Action Service"),
])

# ---------------------------------------------------------------- en-10 (meeting notes; event, no agreement)
QM = "Quarterly meeting of the Great Lakes Civil Society Coordination Group"
GL = "Great Lakes Civil Society Coordination Group"
SEC = "Great Lakes Civil Society Coordination Group Secretariat"
doc("en-10", "en", """
Meeting notes
Quarterly meeting of the Great Lakes Civil Society Coordination Group
Date: 12 September 2023
Venue: Kigali, Rwanda (hybrid)
Chair: Ms Claudine Uwimana-Ntaganda, Coordinator, Great Lakes Civil Society Coordination Group Secretariat
Participants included representatives of the Réseau des femmes pour la paix du Sud-Kivu (REFEPSK), the Burundian Youth Peace Initiative (BYPI), the Uganda Cross-Border Traders' Association (UCBTA) and the Office of the Special Envoy of the Secretary-General for the Great Lakes Region (O/SESG-GL). Dr Emmanuel Nsengiyumva, Senior Political Affairs Officer at the O/SESG-GL, joined online from Nairobi.
1. Updates from members
REFEPSK reported on the situation of displaced women around Bukavu. Mr Jean-Bosco Habonimana, president of BYPI, described the youth dialogues held in Gitega and Ngozi since June.
2. Regional framework
Dr Nsengiyumva briefed members on preparations for the next summit of the Regional Oversight Mechanism of the Peace, Security and Cooperation Framework. Members agreed to submit a joint civil-society contribution.
3. Membership
The Group welcomed the UCBTA as its twenty-third member organisation. Ms Uwimana-Ntaganda recalled that REFEPSK and BYPI had been members since 2019.
Action points
- The Secretariat will circulate a draft contribution by 30 September.
- BYPI committed to translating the contribution into Kirundi and French.
- The next quarterly meeting will be held in Bujumbura in December.
""", [
    ("E", QM, ["quarterly meeting"]),
    ("O", GL, ["the Group"]),
    ("O", SEC, ["the Secretariat"]),
    ("O", "Réseau des femmes pour la paix du Sud-Kivu", ["REFEPSK"]),
    ("O", "Burundian Youth Peace Initiative", ["BYPI"]),
    ("O", "Uganda Cross-Border Traders' Association", ["UCBTA"]),
    ("O", "Office of the Special Envoy of the Secretary-General for the Great Lakes Region", ["O/SESG-GL"]),
    ("O", "Regional Oversight Mechanism of the Peace, Security and Cooperation Framework", ["Regional Oversight Mechanism"], True),
    ("A", "Peace, Security and Cooperation Framework", [], True),
    ("E", "next summit of the Regional Oversight Mechanism of the Peace, Security and Cooperation Framework", [], True),
    ("E", "next quarterly meeting", [], True),
    ("P", "Claudine Uwimana-Ntaganda", ["Ms Claudine Uwimana-Ntaganda", "Ms Uwimana-Ntaganda", "Uwimana-Ntaganda"]),
    ("P", "Emmanuel Nsengiyumva", ["Dr Emmanuel Nsengiyumva", "Dr Nsengiyumva", "Nsengiyumva"]),
    ("P", "Jean-Bosco Habonimana", ["Mr Jean-Bosco Habonimana", "Habonimana"]),
    ("P", "Special Envoy of the Secretary-General for the Great Lakes Region", [], True),
    ("L", "Kigali"), ("L", "Rwanda"), ("L", "Nairobi"), ("L", "Bukavu"), ("L", "Gitega"), ("L", "Ngozi"),
    ("L", "Bujumbura"),
    ("L", "Great Lakes Region", [], True),
    ("L", "Sud-Kivu", [], True),
], [
    (QM, "location", "Kigali"),
    (QM, "?location", "Rwanda"),
    (QM, "startDate", "2023-09-12"),
    (QM, "?endDate", "2023-09-12"),
    (QM, "?organizer", GL),
    (QM, "?organizer", SEC),
    (QM, "?organizer", "Claudine Uwimana-Ntaganda"),
    (QM, "attendee", "Claudine Uwimana-Ntaganda"),
    (QM, "attendee", "Réseau des femmes pour la paix du Sud-Kivu"),
    (QM, "attendee", "Burundian Youth Peace Initiative"),
    (QM, "attendee", "Uganda Cross-Border Traders' Association"),
    (QM, "attendee", "Office of the Special Envoy of the Secretary-General for the Great Lakes Region"),
    (QM, "attendee", "Emmanuel Nsengiyumva"),
    (QM, "?attendee", "Jean-Bosco Habonimana"),
    ("Claudine Uwimana-Ntaganda", "jobTitle", "Coordinator"),
    ("Claudine Uwimana-Ntaganda", "headOf", SEC),
    ("Claudine Uwimana-Ntaganda", "?jobTitle", "Chair"),
    (SEC, "?subOrganizationOf", GL),
    ("Emmanuel Nsengiyumva", "jobTitle", "Senior Political Affairs Officer"),
    ("Emmanuel Nsengiyumva", "memberOf", "Office of the Special Envoy of the Secretary-General for the Great Lakes Region"),
    ("Jean-Bosco Habonimana", "jobTitle", "president"),
    ("Jean-Bosco Habonimana", "headOf", "Burundian Youth Peace Initiative"),
    ("Uganda Cross-Border Traders' Association", "memberOf", GL),
    ("Réseau des femmes pour la paix du Sud-Kivu", "memberOf", GL),
    ("Burundian Youth Peace Initiative", "memberOf", GL),
    ("next quarterly meeting", "?location", "Bujumbura"),
])

# ---------------------------------------------------------------- en-11 (office announcement; no event, no agreement)
NPO = "UNODC Programme Office in Nouakchott"
ROSEN = "UNODC Regional Office for West and Central Africa"
doc("en-11", "en", """
UNODC strengthens its presence in the Sahel
DAKAR, 3 March 2023
The United Nations Office on Drugs and Crime (UNODC) has established a Programme Office in Nouakchott, Mauritania. The UNODC Programme Office in Nouakchott is a unit of the UNODC Regional Office for West and Central Africa (ROSEN), based in Dakar, Senegal, and will implement the Sahel Programme in Mauritania.
Ms Mariam Mint Ahmed Salem has been appointed Head of the Nouakchott office. She previously served as Coordinator of the Maghreb Anti-Trafficking Observatory (MATO) in Rabat, a network of researchers and lawyers working on migrant smuggling and trafficking in persons.
ROSEN is headed by Mr Pierre-Olivier Kaboré-Lenoir, UNODC Regional Representative for West and Central Africa. “Nouakchott sits on the routes that link the Sahel, the Maghreb and the Atlantic coast. Being present there is not optional,” said Mr Kaboré-Lenoir.
Within the framework of the Sahel Programme, the Nouakchott office will work with the Ministry of Justice of Mauritania and the National Commission against Trafficking in Persons (CNLTP) on the specialised prosecution of smuggling cases. A statement issued by the Ministry welcomed the decision.
Ms Mint Ahmed Salem said the office would give priority to the protection of victims and to cooperation with the judicial police in Nouadhibou.
Key commitments
1. The Nouakchott office committed to recruiting at least six national staff members in 2023.
2. The CNLTP committed to sharing anonymised case data with UNODC every quarter.
""", [
    ("O", "United Nations Office on Drugs and Crime", ["UNODC"]),
    ("O", NPO, ["Programme Office in Nouakchott", "Nouakchott office", "the office"]),
    ("O", ROSEN, ["Regional Office for West and Central Africa", "ROSEN"]),
    ("O", "Sahel Programme", [], True),
    ("O", "Maghreb Anti-Trafficking Observatory", ["MATO"]),
    ("O", "Ministry of Justice of Mauritania", ["the Ministry"]),
    ("O", "National Commission against Trafficking in Persons", ["CNLTP"]),
    ("P", "Mariam Mint Ahmed Salem", ["Ms Mariam Mint Ahmed Salem", "Ms Mint Ahmed Salem", "Mint Ahmed Salem"]),
    ("P", "Pierre-Olivier Kaboré-Lenoir", ["Mr Pierre-Olivier Kaboré-Lenoir", "Mr Kaboré-Lenoir", "Kaboré-Lenoir"]),
    ("L", "Sahel"), ("L", "Nouakchott"), ("L", "Mauritania"), ("L", "Dakar"), ("L", "Senegal"), ("L", "Rabat"),
    ("L", "Maghreb"), ("L", "Nouadhibou"),
    ("L", "Atlantic coast", [], True),
    ("L", "West and Central Africa", [], True),
], [
    (NPO, "subOrganizationOf", ROSEN),
    (NPO, "?subOrganizationOf", "United Nations Office on Drugs and Crime"),
    (ROSEN, "?subOrganizationOf", "United Nations Office on Drugs and Crime"),
    ("Sahel Programme", "?subOrganizationOf", "United Nations Office on Drugs and Crime"),
    ("Mariam Mint Ahmed Salem", "jobTitle", "Head"),
    ("Mariam Mint Ahmed Salem", "headOf", NPO),
    ("Mariam Mint Ahmed Salem", "?jobTitle", "Coordinator"),
    ("Mariam Mint Ahmed Salem", "?headOf", "Maghreb Anti-Trafficking Observatory"),
    ("Pierre-Olivier Kaboré-Lenoir", "jobTitle", "Regional Representative for West and Central Africa"),
    ("Pierre-Olivier Kaboré-Lenoir", "headOf", ROSEN),
    ("Pierre-Olivier Kaboré-Lenoir", "?memberOf", "United Nations Office on Drugs and Crime"),
])

# ---------------------------------------------------------------- en-12 (MoU on the margins; weekday; ECOWAS (long form))
RF = "first ECOWAS Regional Forum on Electoral Integrity"
MOU2 = "Memorandum of Understanding on Civil Society Participation in Electoral Observation"
doc("en-12", "en", """
ECOWAS Commission and West African civil society sign agreement on election observation
ABUJA, 10 June 2022
The Commission of ECOWAS (Economic Community of West African States) and the West African Civil Society Forum on Elections (WACSFE) on Tuesday signed a Memorandum of Understanding on Civil Society Participation in Electoral Observation.
The MoU was signed on the margins of the first ECOWAS Regional Forum on Electoral Integrity, held from 6 to 8 June 2022 at the ECOWAS Commission headquarters in Abuja and organised by the ECOWAS Electoral Assistance Division (EAD). The Division is a unit of the Directorate of Political Affairs of the ECOWAS Commission.
The agreement was signed by Mrs Comfort Adjei-Mensah, Vice-President of the ECOWAS Commission, and by Mr Ibrahima Saliou Baldé, Executive Director of WACSFE. Mrs Adjei-Mensah said the memorandum would “turn ad hoc invitations into a predictable partnership.” Mr Baldé recalled that WACSFE had deployed more than 4,000 citizen observers in Sierra Leone, The Gambia and Senegal since 2017.
Participants in the Forum included electoral management bodies from the fifteen ECOWAS member states, the International Institute for Democracy and Electoral Assistance (International IDEA) and the United Nations Office for West Africa and the Sahel (UNOWAS).
Key commitments
1. The ECOWAS Commission committed to accrediting WACSFE observers to all its election observation missions from 2023.
2. WACSFE committed to sharing its preliminary findings with the EAD within 48 hours of polls closing.
""", [
    ("A", MOU2, ["MoU", "the agreement", "the memorandum"]),
    ("E", RF, ["ECOWAS Regional Forum on Electoral Integrity", "the Forum"]),
    ("O", "Economic Community of West African States", ["ECOWAS"]),
    ("O", "ECOWAS Commission", ["Commission of ECOWAS"]),
    ("O", "West African Civil Society Forum on Elections", ["WACSFE"]),
    ("O", "ECOWAS Electoral Assistance Division", ["Electoral Assistance Division", "EAD", "The Division"]),
    ("O", "Directorate of Political Affairs", []),
    ("O", "International Institute for Democracy and Electoral Assistance", ["International IDEA"]),
    ("O", "United Nations Office for West Africa and the Sahel", ["UNOWAS"]),
    ("P", "Comfort Adjei-Mensah", ["Mrs Comfort Adjei-Mensah", "Mrs Adjei-Mensah", "Adjei-Mensah"]),
    ("P", "Ibrahima Saliou Baldé", ["Mr Ibrahima Saliou Baldé", "Mr Baldé", "Baldé"]),
    ("L", "Abuja"), ("L", "Sierra Leone"), ("L", "The Gambia", ["Gambia"]), ("L", "Senegal"),
    ("L", "ECOWAS Commission headquarters", [], True),
    ("L", "West Africa", [], True),
    ("L", "Sahel", [], True),
], [
    (MOU2, "party", "ECOWAS Commission"),
    (MOU2, "party", "West African Civil Society Forum on Elections"),
    (MOU2, "?party", "Economic Community of West African States"),
    (MOU2, "signedAt", RF),
    (MOU2, "signedBy", "Comfort Adjei-Mensah"),
    (MOU2, "signedBy", "Ibrahima Saliou Baldé"),
    (MOU2, "date", "2022-06-07"),
    (RF, "location", "Abuja"),
    (RF, "?location", "ECOWAS Commission headquarters"),
    (RF, "startDate", "2022-06-06"),
    (RF, "endDate", "2022-06-08"),
    (RF, "organizer", "ECOWAS Electoral Assistance Division"),
    (RF, "attendee", "International Institute for Democracy and Electoral Assistance"),
    (RF, "attendee", "United Nations Office for West Africa and the Sahel"),
    (RF, "?attendee", "Comfort Adjei-Mensah"),
    (RF, "?attendee", "Ibrahima Saliou Baldé"),
    (RF, "?attendee", "ECOWAS Commission"),
    (RF, "?attendee", "West African Civil Society Forum on Elections"),
    ("ECOWAS Electoral Assistance Division", "subOrganizationOf", "Directorate of Political Affairs"),
    ("ECOWAS Electoral Assistance Division", "?subOrganizationOf", "ECOWAS Commission"),
    ("Directorate of Political Affairs", "?subOrganizationOf", "ECOWAS Commission"),
    ("ECOWAS Commission", "?subOrganizationOf", "Economic Community of West African States"),
    ("Comfort Adjei-Mensah", "jobTitle", "Vice-President"),
    ("Comfort Adjei-Mensah", "memberOf", "ECOWAS Commission"),
    ("Ibrahima Saliou Baldé", "jobTitle", "Executive Director"),
    ("Ibrahima Saliou Baldé", "headOf", "West African Civil Society Forum on Elections"),
])
