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

# ================================================================ added for issue 5 (second batch)

# ---------------------------------------------------------------- en-13 (workshop co-organised; "the X Unit of the Y Agency"; possessive title)
FW = "Regional Workshop on Community-Based Flood Early Warning"
FFU = "Flood Forecasting Unit"
ZRBA = "Zambezi River Basin Agency"
doc("en-13", "en", """
Press release
LUSAKA, 22 February 2024
Basin agencies and civil society meet on flood early warning
The Regional Workshop on Community-Based Flood Early Warning took place in Livingstone, Zambia, from 19 to 21 February 2024. It was co-organised by the Flood Forecasting Unit of the Zambezi River Basin Agency (ZRBA) and the Southern Africa Red Cross Network (SARCN), with the participation of the World Meteorological Organization (WMO), the Malawi Department of Disaster Management Affairs (DoDMA) and the Caprivi Fishing Communities Association (CFCA).
The Flood Forecasting Unit, set up in 2019, issues five-day river forecasts for the riparian states. Its head, Mr Chanda Mwale-Banda, opened the workshop together with Ms Nomvula Sithole-Reyes, Secretary-General of the SARCN.
“A forecast that reaches the district office but not the village has failed,” said Mr Mwale-Banda. Ms Sithole-Reyes said that volunteers were “the last mile and often the first responders.”
Dr Aurelio Machava, a hydrologist with the ZRBA, presented the new gauge network between Kariba and Tete. Ms Beatrice Phiri, chairperson of the CFCA, described how fishers along the Chobe had relayed warnings by radio during the 2023 floods.
Representatives of the Zambia Meteorological Department and of the National Disaster Management Institute of Mozambique also attended.
Key commitments
1. The ZRBA committed to sharing river forecasts with Red Cross branches in Botswana, Namibia and Zambia every day during the rainy season.
2. The SARCN committed to training 500 community volunteers by the end of 2024.
""", [
    ("E", FW, ["the workshop"]),
    ("O", FFU, []),
    ("O", ZRBA, ["ZRBA"]),
    ("O", "Southern Africa Red Cross Network", ["SARCN"]),
    ("O", "World Meteorological Organization", ["WMO"]),
    ("O", "Malawi Department of Disaster Management Affairs", ["DoDMA"]),
    ("O", "Caprivi Fishing Communities Association", ["CFCA"]),
    ("O", "Zambia Meteorological Department", []),
    ("O", "National Disaster Management Institute of Mozambique", []),
    ("P", "Chanda Mwale-Banda", ["Mr Chanda Mwale-Banda", "Mr Mwale-Banda", "Mwale-Banda"]),
    ("P", "Nomvula Sithole-Reyes", ["Ms Nomvula Sithole-Reyes", "Ms Sithole-Reyes", "Sithole-Reyes"]),
    ("P", "Aurelio Machava", ["Dr Aurelio Machava", "Machava"]),
    ("P", "Beatrice Phiri", ["Ms Beatrice Phiri", "Phiri"]),
    ("L", "Lusaka", ["LUSAKA"]), ("L", "Livingstone"), ("L", "Zambia"), ("L", "Kariba"), ("L", "Tete"), ("L", "Chobe"),
    ("L", "Botswana"), ("L", "Namibia"),
    ("L", "Malawi", [], True), ("L", "Mozambique", [], True), ("L", "Zambezi", [], True),
    ("L", "Caprivi", [], True), ("L", "Southern Africa", [], True),
], [
    (FW, "location", "Livingstone"),
    (FW, "?location", "Zambia"),
    (FW, "startDate", "2024-02-19"),
    (FW, "endDate", "2024-02-21"),
    (FW, "organizer", FFU),
    (FW, "organizer", "Southern Africa Red Cross Network"),
    (FW, "?organizer", ZRBA),
    (FW, "attendee", "World Meteorological Organization"),
    (FW, "attendee", "Malawi Department of Disaster Management Affairs"),
    (FW, "attendee", "Caprivi Fishing Communities Association"),
    (FW, "attendee", "Zambia Meteorological Department"),
    (FW, "attendee", "National Disaster Management Institute of Mozambique"),
    (FW, "attendee", "Chanda Mwale-Banda"),
    (FW, "attendee", "Nomvula Sithole-Reyes"),
    (FW, "attendee", "Aurelio Machava"),
    (FW, "attendee", "Beatrice Phiri"),
    (FW, "?attendee", FFU),
    (FW, "?attendee", ZRBA),
    (FW, "?attendee", "Southern Africa Red Cross Network"),
    (FFU, "?subOrganizationOf", ZRBA),
    ("Chanda Mwale-Banda", "jobTitle", "head"),
    ("Chanda Mwale-Banda", "headOf", FFU),
    ("Chanda Mwale-Banda", "?memberOf", ZRBA),
    ("Nomvula Sithole-Reyes", "jobTitle", "Secretary-General"),
    ("Nomvula Sithole-Reyes", "memberOf", "Southern Africa Red Cross Network"),
    ("Nomvula Sithole-Reyes", "?headOf", "Southern Africa Red Cross Network"),
    ("Aurelio Machava", "jobTitle", "hydrologist"),
    ("Aurelio Machava", "memberOf", ZRBA),
    ("Beatrice Phiri", "jobTitle", "chairperson"),
    ("Beatrice Phiri", "headOf", "Caprivi Fishing Communities Association"),
])

# ---------------------------------------------------------------- en-14 (hosted + convened; agreement on the margins; titles before names with body prefix)
DRC = "third Dakar Regional Conference on Migration Governance"
FA = "Framework Agreement on Safe Return and Reintegration"
doc("en-14", "en", """
Joint press release
DAKAR, 5 July 2023
The third Dakar Regional Conference on Migration Governance was held on 3 and 4 July 2023 in Dakar, Senegal. It was hosted by the Government of Senegal and convened by the International Organization for Migration (IOM) and the ECOWAS Commission.
On the margins of the Conference, IOM and the West African Network of Migrant Associations (WANMA) signed a Framework Agreement on Safe Return and Reintegration. The agreement was signed by IOM Regional Director Amadou Sy-Lindholm and WANMA President Grace Okonjo-Adebayo.
Participants included the Mano River Union (MRU), the African Centre for Migration Studies (ACMS), a research institute based in Accra, and delegations from twelve member states. Ms Hélène Ba-Kourouma, Head of the Migration Unit of the ECOWAS Commission, presented the Commission's annual report on free movement.
“Returnees need jobs, not just tickets home,” said Ms Okonjo-Adebayo. Mr Sy-Lindholm said that the agreement would “put migrants' own organisations at the centre of reintegration.”
The ACMS, which is a member of the Global Migration Research Network (GMRN), presented new data on returns from North Africa.
Key commitments
1. IOM committed to funding reintegration counsellors in Guinea, Mali and Niger.
2. WANMA committed to hosting the next conference in Freetown in 2024.
""", [
    ("E", DRC, ["Dakar Regional Conference on Migration Governance", "the Conference"]),
    ("E", "next conference", [], True),
    ("A", FA, ["the agreement"]),
    ("O", "Government of Senegal", []),
    ("O", "International Organization for Migration", ["IOM"]),
    ("O", "ECOWAS Commission", ["the Commission"]),
    ("O", "Economic Community of West African States", ["ECOWAS"], True),
    ("O", "West African Network of Migrant Associations", ["WANMA"]),
    ("O", "Mano River Union", ["MRU"]),
    ("O", "African Centre for Migration Studies", ["ACMS"]),
    ("O", "Migration Unit", []),
    ("O", "Global Migration Research Network", ["GMRN"]),
    ("P", "Amadou Sy-Lindholm", ["IOM Regional Director Amadou Sy-Lindholm", "Mr Sy-Lindholm", "Sy-Lindholm"]),
    ("P", "Grace Okonjo-Adebayo", ["WANMA President Grace Okonjo-Adebayo", "Ms Okonjo-Adebayo", "Okonjo-Adebayo"]),
    ("P", "Hélène Ba-Kourouma", ["Ms Hélène Ba-Kourouma", "Ba-Kourouma"]),
    ("L", "Dakar"), ("L", "Senegal"), ("L", "Accra"), ("L", "North Africa"), ("L", "Guinea"), ("L", "Mali"),
    ("L", "Niger"), ("L", "Freetown"),
], [
    (DRC, "location", "Dakar"),
    (DRC, "?location", "Senegal"),
    (DRC, "startDate", "2023-07-03"),
    (DRC, "endDate", "2023-07-04"),
    (DRC, "organizer", "Government of Senegal"),
    (DRC, "organizer", "International Organization for Migration"),
    (DRC, "organizer", "ECOWAS Commission"),
    (DRC, "attendee", "Mano River Union"),
    (DRC, "attendee", "African Centre for Migration Studies"),
    (DRC, "attendee", "Hélène Ba-Kourouma"),
    (DRC, "?attendee", "International Organization for Migration"),
    (DRC, "?attendee", "ECOWAS Commission"),
    (DRC, "?attendee", "Government of Senegal"),
    (DRC, "?attendee", "West African Network of Migrant Associations"),
    (DRC, "?attendee", "Amadou Sy-Lindholm"),
    (DRC, "?attendee", "Grace Okonjo-Adebayo"),
    (FA, "party", "International Organization for Migration"),
    (FA, "party", "West African Network of Migrant Associations"),
    (FA, "signedAt", DRC),
    (FA, "signedBy", "Amadou Sy-Lindholm"),
    (FA, "signedBy", "Grace Okonjo-Adebayo"),
    ("Amadou Sy-Lindholm", "jobTitle", "Regional Director"),
    ("Amadou Sy-Lindholm", "?jobTitle", "IOM Regional Director"),
    ("Amadou Sy-Lindholm", "memberOf", "International Organization for Migration"),
    ("Grace Okonjo-Adebayo", "jobTitle", "President"),
    ("Grace Okonjo-Adebayo", "?jobTitle", "WANMA President"),
    ("Grace Okonjo-Adebayo", "headOf", "West African Network of Migrant Associations"),
    ("Hélène Ba-Kourouma", "jobTitle", "Head"),
    ("Hélène Ba-Kourouma", "headOf", "Migration Unit"),
    ("Hélène Ba-Kourouma", "?memberOf", "ECOWAS Commission"),
    ("Migration Unit", "?subOrganizationOf", "ECOWAS Commission"),
    ("ECOWAS Commission", "?subOrganizationOf", "Economic Community of West African States"),
    ("African Centre for Migration Studies", "memberOf", "Global Migration Research Network"),
    ("African Centre for Migration Studies", "?location", "Accra"),
    ("next conference", "?organizer", "West African Network of Migrant Associations"),
    ("next conference", "?location", "Freetown"),
])

# ---------------------------------------------------------------- en-15 (convened in collaboration with; chaired; "reports to"; "is headed by"; memberships)
CMS = "Consultative Meeting on Stabilisation and Recovery in the Lake Chad Basin"
RSS = "Regional Stabilisation Secretariat"
doc("en-15", "en", """
Press statement
ADDIS ABABA, 18 October 2022
AU and partners take stock of stabilisation in the Lake Chad Basin
The Consultative Meeting on Stabilisation and Recovery in the Lake Chad Basin was held on 17 October 2022 in Addis Ababa, Ethiopia. It was convened by the Department of Political Affairs, Peace and Security (PAPS) of the African Union Commission in collaboration with the Lake Chad Basin Commission (LCBC).
The meeting was chaired by Ambassador Tesfaye Gebremariam-Okello, Director of Conflict Management at PAPS. It brought together representatives of the Multinational Joint Task Force (MNJTF), the United Nations Development Programme (UNDP), the Lake Chad Mayors' Association (LCMA) and the Lake Chad Women's Peace Network (LCWPN).
Mr Abubakar Lawan-Mohammed, Executive Secretary of the LCBC, presented the progress report of the Regional Stabilisation Secretariat, which reports to the LCBC and is based in N'Djamena, Chad. The Secretariat is headed by Dr Yagana Kachalla-Idriss.
“Where schools and markets have reopened, recruitment by armed groups has fallen,” said Dr Kachalla-Idriss. Ms Hadiza Boukar-Tchari, coordinator of the LCWPN, called for women's groups to be consulted before military operations on the islands of the lake.
The LCWPN is a member of the Sahel Women's Platform (SWP) and of the African Women Leaders Network (AWLN).
Key commitments
1. PAPS committed to deploying a liaison officer to the Regional Stabilisation Secretariat before the end of 2022.
2. UNDP committed to extending its support to the LCMA until 2025.
""", [
    ("E", CMS, ["The meeting"]),
    ("O", "Department of Political Affairs, Peace and Security", ["PAPS"]),
    ("O", "African Union Commission", []),
    ("O", "African Union", ["AU"]),
    ("O", "Lake Chad Basin Commission", ["LCBC"]),
    ("O", "Multinational Joint Task Force", ["MNJTF"]),
    ("O", "United Nations Development Programme", ["UNDP"]),
    ("O", "Lake Chad Mayors' Association", ["LCMA"]),
    ("O", "Lake Chad Women's Peace Network", ["LCWPN"]),
    ("O", RSS, ["The Secretariat"]),
    ("O", "Sahel Women's Platform", ["SWP"]),
    ("O", "African Women Leaders Network", ["AWLN"]),
    ("O", "United Nations", [], True),
    ("P", "Tesfaye Gebremariam-Okello", ["Ambassador Tesfaye Gebremariam-Okello", "Gebremariam-Okello"]),
    ("P", "Abubakar Lawan-Mohammed", ["Mr Abubakar Lawan-Mohammed", "Lawan-Mohammed"]),
    ("P", "Yagana Kachalla-Idriss", ["Dr Yagana Kachalla-Idriss", "Dr Kachalla-Idriss", "Kachalla-Idriss"]),
    ("P", "Hadiza Boukar-Tchari", ["Ms Hadiza Boukar-Tchari", "Boukar-Tchari"]),
    ("L", "Addis Ababa"), ("L", "Ethiopia"), ("L", "Lake Chad Basin"), ("L", "N'Djamena"), ("L", "Chad"),
    ("L", "Sahel", [], True), ("L", "Lake Chad", [], True),
], [
    (CMS, "location", "Addis Ababa"),
    (CMS, "?location", "Ethiopia"),
    (CMS, "startDate", "2022-10-17"),
    (CMS, "?endDate", "2022-10-17"),
    (CMS, "organizer", "Department of Political Affairs, Peace and Security"),
    (CMS, "?organizer", "Lake Chad Basin Commission"),
    (CMS, "?organizer", "Tesfaye Gebremariam-Okello"),
    (CMS, "attendee", "Tesfaye Gebremariam-Okello"),
    (CMS, "attendee", "Multinational Joint Task Force"),
    (CMS, "attendee", "United Nations Development Programme"),
    (CMS, "attendee", "Lake Chad Mayors' Association"),
    (CMS, "attendee", "Lake Chad Women's Peace Network"),
    (CMS, "attendee", "Abubakar Lawan-Mohammed"),
    (CMS, "attendee", "Hadiza Boukar-Tchari"),
    (CMS, "?attendee", "Yagana Kachalla-Idriss"),
    (CMS, "?attendee", "Department of Political Affairs, Peace and Security"),
    (CMS, "?attendee", "Lake Chad Basin Commission"),
    (CMS, "?attendee", RSS),
    ("Tesfaye Gebremariam-Okello", "jobTitle", "Director of Conflict Management"),
    ("Tesfaye Gebremariam-Okello", "?jobTitle", "Ambassador"),
    ("Tesfaye Gebremariam-Okello", "memberOf", "Department of Political Affairs, Peace and Security"),
    ("Abubakar Lawan-Mohammed", "jobTitle", "Executive Secretary"),
    ("Abubakar Lawan-Mohammed", "memberOf", "Lake Chad Basin Commission"),
    ("Abubakar Lawan-Mohammed", "?headOf", "Lake Chad Basin Commission"),
    ("Yagana Kachalla-Idriss", "headOf", RSS),
    ("Hadiza Boukar-Tchari", "jobTitle", "coordinator"),
    ("Hadiza Boukar-Tchari", "headOf", "Lake Chad Women's Peace Network"),
    (RSS, "subOrganizationOf", "Lake Chad Basin Commission"),
    (RSS, "?location", "N'Djamena"),
    ("Department of Political Affairs, Peace and Security", "?subOrganizationOf", "African Union Commission"),
    ("African Union Commission", "?subOrganizationOf", "African Union"),
    ("United Nations Development Programme", "?subOrganizationOf", "United Nations"),
    ("Lake Chad Women's Peace Network", "memberOf", "Sahel Women's Platform"),
    ("Lake Chad Women's Peace Network", "memberOf", "African Women Leaders Network"),
])

# ---------------------------------------------------------------- en-16 (appointment; "a unit of"; "is headed by"; past posts)
RBW = "Regional Bureau for West and Central Africa"
SSCU = "Sahel Situation Coordination Unit"
doc("en-16", "en", """
UNHCR appoints new Director for West and Central Africa
GENEVA, 9 January 2024
The Office of the United Nations High Commissioner for Refugees (UNHCR) today announced the appointment of Mr Kofi Annor-Bediako of Ghana as Director of its Regional Bureau for West and Central Africa, based in Dakar, Senegal. The Regional Bureau oversees UNHCR operations in 21 countries.
Mr Annor-Bediako has more than twenty years of experience with UNHCR. Most recently he served as Representative in Chad, where he led the response to the arrival of refugees from Sudan. Before that, he was Deputy Director of the Division of Resilience and Solutions at UNHCR headquarters in Geneva.
He succeeds Ms Lucia Ferreira-Santos of Brazil, who retired in December 2023 after four years at the head of the Bureau.
The Sahel Situation Coordination Unit, a unit of the Regional Bureau based in Niamey, Niger, is headed by Ms Maryam Abdoulaye-Keita. The Unit coordinates the refugee response in Burkina Faso, Mali and Niger with the Office for the Coordination of Humanitarian Affairs (OCHA) and the Sahel Alliance of Refugee-Led Organisations (SARLO).
“Refugee-led organisations know their communities better than we ever will,” said Ms Abdoulaye-Keita, a former protection officer with the Norwegian Refugee Council (NRC).
Mr Annor-Bediako holds a master's degree in forced migration from the University of Oxford. He speaks English, French and Hausa.
""", [
    ("O", "Office of the United Nations High Commissioner for Refugees", ["UNHCR"]),
    ("O", RBW, ["Regional Bureau", "the Bureau"]),
    ("O", "Division of Resilience and Solutions", []),
    ("O", SSCU, ["The Unit"]),
    ("O", "Office for the Coordination of Humanitarian Affairs", ["OCHA"]),
    ("O", "Sahel Alliance of Refugee-Led Organisations", ["SARLO"]),
    ("O", "Norwegian Refugee Council", ["NRC"]),
    ("O", "University of Oxford", []),
    ("O", "United Nations", [], True),
    ("P", "Kofi Annor-Bediako", ["Mr Kofi Annor-Bediako", "Mr Annor-Bediako", "Annor-Bediako"]),
    ("P", "Lucia Ferreira-Santos", ["Ms Lucia Ferreira-Santos", "Ferreira-Santos"]),
    ("P", "Maryam Abdoulaye-Keita", ["Ms Maryam Abdoulaye-Keita", "Ms Abdoulaye-Keita", "Abdoulaye-Keita"]),
    ("L", "Geneva"), ("L", "Ghana"), ("L", "Dakar"), ("L", "Senegal"), ("L", "Chad"), ("L", "Sudan"), ("L", "Brazil"),
    ("L", "Niamey"), ("L", "Niger"), ("L", "Burkina Faso"), ("L", "Mali"),
    ("L", "UNHCR headquarters", [], True), ("L", "Oxford", [], True), ("L", "Sahel", [], True),
    ("L", "West and Central Africa", [], True),
], [
    ("Kofi Annor-Bediako", "jobTitle", "Director"),
    ("Kofi Annor-Bediako", "headOf", RBW),
    ("Kofi Annor-Bediako", "?memberOf", "Office of the United Nations High Commissioner for Refugees"),
    ("Kofi Annor-Bediako", "?jobTitle", "Representative"),
    ("Kofi Annor-Bediako", "?jobTitle", "Deputy Director"),
    ("Kofi Annor-Bediako", "?memberOf", "Division of Resilience and Solutions"),
    ("Lucia Ferreira-Santos", "?headOf", RBW),
    ("Maryam Abdoulaye-Keita", "headOf", SSCU),
    ("Maryam Abdoulaye-Keita", "?jobTitle", "protection officer"),
    ("Maryam Abdoulaye-Keita", "?memberOf", "Norwegian Refugee Council"),
    (SSCU, "subOrganizationOf", RBW),
    (SSCU, "?location", "Niamey"),
    (RBW, "?location", "Dakar"),
    (RBW, "?subOrganizationOf", "Office of the United Nations High Commissioner for Refugees"),
    ("Division of Resilience and Solutions", "?subOrganizationOf", "Office of the United Nations High Commissioner for Refugees"),
])

# ---------------------------------------------------------------- en-17 (financing agreement at the close of a roundtable hosted by an EU Delegation)
RTB = "EU-IGAD Roundtable on Resilience and Peace in Borderlands"
FAH = "Financing Agreement on Cross-Border Resilience in the Horn of Africa"
doc("en-17", "en", """
Press release
EU Delegation to Ethiopia
ADDIS ABABA, 14 March 2024
EU and IGAD sign financing agreement for cross-border resilience
The European Union (EU) and the Intergovernmental Authority on Development (IGAD) today signed a Financing Agreement on Cross-Border Resilience in the Horn of Africa. The agreement was signed at the close of the EU-IGAD Roundtable on Resilience and Peace in Borderlands, hosted by the EU Delegation to Ethiopia on 13 and 14 March 2024 in Addis Ababa.
The agreement was signed by EU Ambassador Marta Lindgren-Osei and by Dr Samuel Wekesa-Ouma, Director of Peace and Security at the IGAD Secretariat.
The Roundtable was held with the participation of the IGAD Centre of Excellence for Preventing and Countering Violent Extremism (ICEPCVE), the Borderlands Research Institute (BRI), the Somali Region Pastoralist Council (SRPC) and the Danish Refugee Council (DRC).
ICEPCVE, a specialised institution of IGAD based in Djibouti, will implement the component on youth. Its director, Mr Abdirahman Guled-Farah, said that young people in border areas “see the state mostly through its soldiers and its tax collectors.”
“Borders in the Horn of Africa are lines on a map; the communities on both sides are one,” said Ambassador Lindgren-Osei.
Key commitments
1. The EU committed to providing EUR 25 million over four years.
2. IGAD committed to setting up a regional steering committee for the programme by June 2024.
""", [
    ("A", FAH, ["financing agreement", "The agreement"]),
    ("E", RTB, ["The Roundtable"]),
    ("O", "European Union", ["EU"]),
    ("O", "Intergovernmental Authority on Development", ["IGAD"]),
    ("O", "EU Delegation to Ethiopia", []),
    ("O", "IGAD Secretariat", []),
    ("O", "IGAD Centre of Excellence for Preventing and Countering Violent Extremism", ["ICEPCVE"]),
    ("O", "Borderlands Research Institute", ["BRI"]),
    ("O", "Somali Region Pastoralist Council", ["SRPC"]),
    ("O", "Danish Refugee Council", ["DRC"]),
    ("P", "Marta Lindgren-Osei", ["EU Ambassador Marta Lindgren-Osei", "Ambassador Lindgren-Osei", "Lindgren-Osei"]),
    ("P", "Samuel Wekesa-Ouma", ["Dr Samuel Wekesa-Ouma", "Wekesa-Ouma"]),
    ("P", "Abdirahman Guled-Farah", ["Mr Abdirahman Guled-Farah", "Guled-Farah"]),
    ("L", "Addis Ababa"), ("L", "Horn of Africa"), ("L", "Djibouti"),
    ("L", "Ethiopia", [], True), ("L", "Somali Region", [], True),
], [
    (FAH, "party", "European Union"),
    (FAH, "party", "Intergovernmental Authority on Development"),
    (FAH, "signedAt", RTB),
    (FAH, "signedBy", "Marta Lindgren-Osei"),
    (FAH, "signedBy", "Samuel Wekesa-Ouma"),
    (FAH, "date", "2024-03-14"),
    (RTB, "location", "Addis Ababa"),
    (RTB, "startDate", "2024-03-13"),
    (RTB, "endDate", "2024-03-14"),
    (RTB, "organizer", "EU Delegation to Ethiopia"),
    (RTB, "attendee", "IGAD Centre of Excellence for Preventing and Countering Violent Extremism"),
    (RTB, "attendee", "Borderlands Research Institute"),
    (RTB, "attendee", "Somali Region Pastoralist Council"),
    (RTB, "attendee", "Danish Refugee Council"),
    (RTB, "?attendee", "European Union"),
    (RTB, "?attendee", "Intergovernmental Authority on Development"),
    (RTB, "?attendee", "EU Delegation to Ethiopia"),
    (RTB, "?attendee", "Marta Lindgren-Osei"),
    (RTB, "?attendee", "Samuel Wekesa-Ouma"),
    (RTB, "?attendee", "Abdirahman Guled-Farah"),
    ("Marta Lindgren-Osei", "jobTitle", "Ambassador"),
    ("Marta Lindgren-Osei", "?jobTitle", "EU Ambassador"),
    ("Marta Lindgren-Osei", "memberOf", "European Union"),
    ("Marta Lindgren-Osei", "?headOf", "EU Delegation to Ethiopia"),
    ("Samuel Wekesa-Ouma", "jobTitle", "Director of Peace and Security"),
    ("Samuel Wekesa-Ouma", "memberOf", "IGAD Secretariat"),
    ("Abdirahman Guled-Farah", "jobTitle", "director"),
    ("Abdirahman Guled-Farah", "headOf", "IGAD Centre of Excellence for Preventing and Countering Violent Extremism"),
    ("IGAD Centre of Excellence for Preventing and Countering Violent Extremism", "subOrganizationOf", "Intergovernmental Authority on Development"),
    ("IGAD Centre of Excellence for Preventing and Countering Violent Extremism", "?location", "Djibouti"),
    ("IGAD Secretariat", "?subOrganizationOf", "Intergovernmental Authority on Development"),
    ("EU Delegation to Ethiopia", "?subOrganizationOf", "European Union"),
])

# ---------------------------------------------------------------- en-18 (co-organised meeting; titles before names; communiqué endorsed by bodies)
HLM = "High-Level Meeting on Climate, Peace and Security in the Sahel"
NYC = "New York Joint Communiqué on Climate Security in the Sahel"
doc("en-18", "en", """
Press release
NEW YORK, 28 September 2023
The High-Level Meeting on Climate, Peace and Security in the Sahel was held on 26 September 2023 in New York. The meeting was co-organised by the Permanent Mission of Niger to the United Nations and the United Nations Office for West Africa and the Sahel (UNOWAS), and chaired by Special Representative Léonard Simporé-Adjovi, Head of UNOWAS.
Under-Secretary-General Catherine Moyo-Lindqvist of the Department of Political and Peacebuilding Affairs (DPPA) delivered the opening address. Other speakers included Ms Aïssatou Barry-Okafor, Executive Secretary of the Sahel Climate Security Network (SCSN), and Mr Rune Halvorsen, Senior Adviser at the Nordic Institute for Climate and Conflict (NICC).
At the end of the meeting, participants adopted the New York Joint Communiqué on Climate Security in the Sahel. The Communiqué was endorsed by UNOWAS, the SCSN and the G5 Sahel Permanent Secretariat.
The Climate Security Mechanism, a joint initiative of DPPA, the United Nations Development Programme (UNDP) and the United Nations Environment Programme (UNEP), prepared the background paper. Its coordinator, Dr Ines Kappeler-Nwosu, presented the main findings.
“In the Sahel, every failed harvest is also a recruitment opportunity for armed groups,” said Ms Barry-Okafor.
Key commitments
1. UNOWAS committed to appointing a climate security adviser in its Dakar office by January 2024.
2. The SCSN committed to convening national dialogues in Chad and Mauritania in 2024.
""", [
    ("E", HLM, ["The meeting"]),
    ("A", NYC, ["The Communiqué"]),
    ("O", "Permanent Mission of Niger to the United Nations", []),
    ("O", "United Nations Office for West Africa and the Sahel", ["UNOWAS"]),
    ("O", "Department of Political and Peacebuilding Affairs", ["DPPA"]),
    ("O", "Sahel Climate Security Network", ["SCSN"]),
    ("O", "Nordic Institute for Climate and Conflict", ["NICC"]),
    ("O", "G5 Sahel Permanent Secretariat", []),
    ("O", "Climate Security Mechanism", []),
    ("O", "United Nations Development Programme", ["UNDP"]),
    ("O", "United Nations Environment Programme", ["UNEP"]),
    ("O", "United Nations", [], True),
    ("O", "Dakar office", [], True),
    ("P", "Léonard Simporé-Adjovi", ["Special Representative Léonard Simporé-Adjovi", "Simporé-Adjovi"]),
    ("P", "Catherine Moyo-Lindqvist", ["Under-Secretary-General Catherine Moyo-Lindqvist", "Moyo-Lindqvist"]),
    ("P", "Aïssatou Barry-Okafor", ["Ms Aïssatou Barry-Okafor", "Ms Barry-Okafor", "Barry-Okafor"]),
    ("P", "Rune Halvorsen", ["Mr Rune Halvorsen", "Halvorsen"]),
    ("P", "Ines Kappeler-Nwosu", ["Dr Ines Kappeler-Nwosu", "Kappeler-Nwosu"]),
    ("L", "New York"), ("L", "Sahel"), ("L", "Dakar"), ("L", "Chad"), ("L", "Mauritania"),
    ("L", "Niger", [], True), ("L", "West Africa", [], True),
], [
    (HLM, "location", "New York"),
    (HLM, "startDate", "2023-09-26"),
    (HLM, "?endDate", "2023-09-26"),
    (HLM, "organizer", "Permanent Mission of Niger to the United Nations"),
    (HLM, "organizer", "United Nations Office for West Africa and the Sahel"),
    (HLM, "?organizer", "Léonard Simporé-Adjovi"),
    (HLM, "attendee", "Léonard Simporé-Adjovi"),
    (HLM, "attendee", "Catherine Moyo-Lindqvist"),
    (HLM, "attendee", "Aïssatou Barry-Okafor"),
    (HLM, "attendee", "Rune Halvorsen"),
    (HLM, "attendee", "Ines Kappeler-Nwosu"),
    (HLM, "?attendee", "United Nations Office for West Africa and the Sahel"),
    (HLM, "?attendee", "Permanent Mission of Niger to the United Nations"),
    (HLM, "?attendee", "Department of Political and Peacebuilding Affairs"),
    (HLM, "?attendee", "Sahel Climate Security Network"),
    (HLM, "?attendee", "Nordic Institute for Climate and Conflict"),
    (HLM, "?attendee", "Climate Security Mechanism"),
    (HLM, "?attendee", "G5 Sahel Permanent Secretariat"),
    (NYC, "party", "United Nations Office for West Africa and the Sahel"),
    (NYC, "party", "Sahel Climate Security Network"),
    (NYC, "party", "G5 Sahel Permanent Secretariat"),
    (NYC, "signedAt", HLM),
    (NYC, "date", "2023-09-26"),
    ("Léonard Simporé-Adjovi", "jobTitle", "Special Representative"),
    ("Léonard Simporé-Adjovi", "jobTitle", "Head"),
    ("Léonard Simporé-Adjovi", "headOf", "United Nations Office for West Africa and the Sahel"),
    ("Catherine Moyo-Lindqvist", "jobTitle", "Under-Secretary-General"),
    ("Catherine Moyo-Lindqvist", "memberOf", "Department of Political and Peacebuilding Affairs"),
    ("Catherine Moyo-Lindqvist", "?headOf", "Department of Political and Peacebuilding Affairs"),
    ("Aïssatou Barry-Okafor", "jobTitle", "Executive Secretary"),
    ("Aïssatou Barry-Okafor", "memberOf", "Sahel Climate Security Network"),
    ("Aïssatou Barry-Okafor", "?headOf", "Sahel Climate Security Network"),
    ("Rune Halvorsen", "jobTitle", "Senior Adviser"),
    ("Rune Halvorsen", "memberOf", "Nordic Institute for Climate and Conflict"),
    ("Ines Kappeler-Nwosu", "jobTitle", "coordinator"),
    ("Ines Kappeler-Nwosu", "headOf", "Climate Security Mechanism"),
    ("Climate Security Mechanism", "?subOrganizationOf", "Department of Political and Peacebuilding Affairs"),
    ("Climate Security Mechanism", "?subOrganizationOf", "United Nations Development Programme"),
    ("Climate Security Mechanism", "?subOrganizationOf", "United Nations Environment Programme"),
    ("United Nations Office for West Africa and the Sahel", "?subOrganizationOf", "United Nations"),
    ("Department of Political and Peacebuilding Affairs", "?subOrganizationOf", "United Nations"),
    ("United Nations Development Programme", "?subOrganizationOf", "United Nations"),
    ("United Nations Environment Programme", "?subOrganizationOf", "United Nations"),
    ("Dakar office", "?subOrganizationOf", "United Nations Office for West Africa and the Sahel"),
])

# ================================================================ third batch (scored blind before use)

# ---------------------------------------------------------------- en-19 (EUSR visit; titles with body and comma before names; "is an AU ... operation")
EUSR = "Annika Strand-Olufemi"
RRC = "Regional Reconciliation Conference for South West State"
doc("en-19", "en", """
EEAS Press Release
BRUSSELS, 6 February 2024
EU Special Representative concludes visit to Somalia
The European Union Special Representative for the Horn of Africa, Ms Annika Strand-Olufemi, concluded a four-day visit to Mogadishu and Baidoa on 5 February 2024. During the visit she met the Minister of Internal Security of Somalia, Mr Abdullahi Farah Jama, and the Force Commander of the African Union Transition Mission in Somalia (ATMIS), Lieutenant General Samuel Okiror-Bamwine.
In Baidoa, Ms Strand-Olufemi attended the Regional Reconciliation Conference for South West State, organised by the Ministry of Interior of South West State with the support of the United Nations Assistance Mission in Somalia (UNSOM) and the Life and Peace Institute (LPI). The Conference brought together some 200 clan elders, women leaders and representatives of the Somali Women's Solidarity Organization (SWSO).
The Special Representative also held talks with Dr Hodan Ismail Warsame, Director of the Centre for Peace and Democracy (CPD), a Mogadishu-based think tank, on the role of civil society in the electoral process.
“Lasting security in Somalia will be built in its districts, not only in its capital,” Ms Strand-Olufemi said.
ATMIS, which succeeded AMISOM in 2022, is an African Union peace support operation mandated by the AU Peace and Security Council.
The EU remains the largest contributor to ATMIS through the European Peace Facility.
""", [
    ("O", "European Union", ["EU"]),
    ("O", "European External Action Service", ["EEAS"]),
    ("P", EUSR, ["Ms Annika Strand-Olufemi", "Ms Strand-Olufemi", "Strand-Olufemi"]),
    ("P", "Abdullahi Farah Jama", ["Mr Abdullahi Farah Jama"]),
    ("P", "Samuel Okiror-Bamwine", ["Lieutenant General Samuel Okiror-Bamwine", "Okiror-Bamwine"]),
    ("P", "Hodan Ismail Warsame", ["Dr Hodan Ismail Warsame"]),
    ("O", "African Union Transition Mission in Somalia", ["ATMIS"]),
    ("O", "African Union", ["AU"]),
    ("O", "AMISOM", []),
    ("O", "AU Peace and Security Council", []),
    ("O", "Ministry of Interior of South West State", []),
    ("O", "United Nations Assistance Mission in Somalia", ["UNSOM"]),
    ("O", "Life and Peace Institute", ["LPI"]),
    ("O", "Somali Women's Solidarity Organization", ["SWSO"]),
    ("O", "Centre for Peace and Democracy", ["CPD"]),
    ("O", "European Peace Facility", [], True),
    ("O", "United Nations", [], True),
    ("E", RRC, ["The Conference"]),
    ("L", "Brussels", ["BRUSSELS"]), ("L", "Somalia"), ("L", "Mogadishu"), ("L", "Baidoa"),
    ("L", "Horn of Africa", [], True), ("L", "South West State", [], True),
], [
    (EUSR, "jobTitle", "Special Representative for the Horn of Africa"),
    (EUSR, "?jobTitle", "European Union Special Representative for the Horn of Africa"),
    (EUSR, "memberOf", "European Union"),
    ("Abdullahi Farah Jama", "jobTitle", "Minister of Internal Security"),
    ("Samuel Okiror-Bamwine", "jobTitle", "Force Commander"),
    ("Samuel Okiror-Bamwine", "?jobTitle", "Lieutenant General"),
    ("Samuel Okiror-Bamwine", "memberOf", "African Union Transition Mission in Somalia"),
    ("Samuel Okiror-Bamwine", "?headOf", "African Union Transition Mission in Somalia"),
    ("Hodan Ismail Warsame", "jobTitle", "Director"),
    ("Hodan Ismail Warsame", "headOf", "Centre for Peace and Democracy"),
    ("African Union Transition Mission in Somalia", "subOrganizationOf", "African Union"),
    ("AU Peace and Security Council", "?subOrganizationOf", "African Union"),
    ("United Nations Assistance Mission in Somalia", "?subOrganizationOf", "United Nations"),
    ("European Peace Facility", "?subOrganizationOf", "European Union"),
    ("European External Action Service", "?subOrganizationOf", "European Union"),
    ("AMISOM", "?subOrganizationOf", "African Union"),
    (RRC, "location", "Baidoa"),
    (RRC, "organizer", "Ministry of Interior of South West State"),
    (RRC, "?organizer", "United Nations Assistance Mission in Somalia"),
    (RRC, "?organizer", "Life and Peace Institute"),
    (RRC, "attendee", EUSR),
    (RRC, "attendee", "Somali Women's Solidarity Organization"),
    (RRC, "?attendee", "United Nations Assistance Mission in Somalia"),
    (RRC, "?attendee", "Life and Peace Institute"),
    (RRC, "?attendee", "Ministry of Interior of South West State"),
])

# ---------------------------------------------------------------- en-20 (letter of intent signed during a symposium co-hosted; "took part ... together with")
LOI = "Letter of Intent on Community-Based Child Protection"
NCPS = "National Child Protection Symposium"
doc("en-20", "en", """
Press release
AMMAN, 19 September 2023
UNICEF and Jordanian civil society sign letter of intent on child protection
The United Nations Children's Fund (UNICEF) and the Jordan Child Protection Alliance (JCPA), a coalition of 34 national organisations, signed a Letter of Intent on Community-Based Child Protection on 18 September 2023 in Amman.
The letter was signed by Mr Tarek Haddadin-Morel, UNICEF Representative in Jordan, and Ms Rania Al-Khatib, Chairperson of the JCPA Board, during the National Child Protection Symposium, which UNICEF co-hosted with the Ministry of Social Development on 17 and 18 September.
More than 150 social workers, judges and police officers took part in the Symposium, together with representatives of the International Rescue Committee (IRC), Save the Children and the Jordanian National Commission for Women (JNCW).
Dr Faisal Obeidat, Secretary-General of the Ministry of Social Development, opened the Symposium. Ms Lina Sabbagh-Reyes, a senior child protection specialist at the World Bank, presented a costing study of the national case management system.
The JCPA is a member of the Arab Network for Child Rights (ANCR).
Key commitments
1. UNICEF committed to funding 40 community child protection committees in Irbid, Mafraq and Zarqa in 2024.
2. The JCPA committed to producing quarterly reports on cases referred by its members.
""", [
    ("O", "United Nations Children's Fund", ["UNICEF"]),
    ("O", "Jordan Child Protection Alliance", ["JCPA"]),
    ("O", "JCPA Board", []),
    ("A", LOI, ["letter of intent", "The letter"]),
    ("E", NCPS, ["the Symposium"]),
    ("O", "Ministry of Social Development", []),
    ("O", "International Rescue Committee", ["IRC"]),
    ("O", "Save the Children", []),
    ("O", "Jordanian National Commission for Women", ["JNCW"]),
    ("O", "World Bank", []),
    ("O", "Arab Network for Child Rights", ["ANCR"]),
    ("P", "Tarek Haddadin-Morel", ["Mr Tarek Haddadin-Morel"]),
    ("P", "Rania Al-Khatib", ["Ms Rania Al-Khatib"]),
    ("P", "Faisal Obeidat", ["Dr Faisal Obeidat"]),
    ("P", "Lina Sabbagh-Reyes", ["Ms Lina Sabbagh-Reyes"]),
    ("L", "Amman", ["AMMAN"]), ("L", "Irbid"), ("L", "Mafraq"), ("L", "Zarqa"),
    ("L", "Jordan", [], True),
], [
    (LOI, "party", "United Nations Children's Fund"),
    (LOI, "party", "Jordan Child Protection Alliance"),
    (LOI, "signedAt", NCPS),
    (LOI, "signedBy", "Tarek Haddadin-Morel"),
    (LOI, "signedBy", "Rania Al-Khatib"),
    (LOI, "date", "2023-09-18"),
    (NCPS, "?location", "Amman"),
    (NCPS, "startDate", "2023-09-17"),
    (NCPS, "endDate", "2023-09-18"),
    (NCPS, "organizer", "United Nations Children's Fund"),
    (NCPS, "organizer", "Ministry of Social Development"),
    (NCPS, "attendee", "International Rescue Committee"),
    (NCPS, "attendee", "Save the Children"),
    (NCPS, "attendee", "Jordanian National Commission for Women"),
    (NCPS, "attendee", "Faisal Obeidat"),
    (NCPS, "attendee", "Lina Sabbagh-Reyes"),
    (NCPS, "?attendee", "United Nations Children's Fund"),
    (NCPS, "?attendee", "Ministry of Social Development"),
    (NCPS, "?attendee", "Jordan Child Protection Alliance"),
    (NCPS, "?attendee", "Tarek Haddadin-Morel"),
    (NCPS, "?attendee", "Rania Al-Khatib"),
    (NCPS, "?attendee", "World Bank"),
    ("Tarek Haddadin-Morel", "jobTitle", "Representative in Jordan"),
    ("Tarek Haddadin-Morel", "?jobTitle", "UNICEF Representative in Jordan"),
    ("Tarek Haddadin-Morel", "memberOf", "United Nations Children's Fund"),
    ("Rania Al-Khatib", "jobTitle", "Chairperson"),
    ("Rania Al-Khatib", "headOf", "JCPA Board"),
    ("Rania Al-Khatib", "?memberOf", "Jordan Child Protection Alliance"),
    ("Rania Al-Khatib", "?headOf", "Jordan Child Protection Alliance"),
    ("JCPA Board", "?subOrganizationOf", "Jordan Child Protection Alliance"),
    ("Faisal Obeidat", "jobTitle", "Secretary-General"),
    ("Faisal Obeidat", "memberOf", "Ministry of Social Development"),
    ("Faisal Obeidat", "?headOf", "Ministry of Social Development"),
    ("Lina Sabbagh-Reyes", "jobTitle", "senior child protection specialist"),
    ("Lina Sabbagh-Reyes", "memberOf", "World Bank"),
    ("Jordan Child Protection Alliance", "memberOf", "Arab Network for Child Rights"),
])

# ---------------------------------------------------------------- en-21 (appointment; "sits within"; "who leads"; past posts)
PSOD = "Peace Support Operations Division"
PAPS = "Department of Political Affairs, Peace and Security"
doc("en-21", "en", """
AU Commission announces new leadership for its Peace Support Operations Division
ADDIS ABABA, 11 July 2022
The African Union Commission (AUC) has appointed Major General Jean-Paul Nkurunziza-Doe as Head of the Peace Support Operations Division (PSOD). The Division sits within the Department of Political Affairs, Peace and Security (PAPS) and plans and manages the AU's peace support operations, including the African Union Mission in Somalia (AMISOM).
General Nkurunziza-Doe takes over from Ms Beatrice Osei-Kuffour, who has been appointed Chief of Staff in the Office of the Chairperson of the Commission.
Before joining the AUC, General Nkurunziza-Doe served as Chief of Staff of the Eastern Africa Standby Force (EASF), a regional force made up of contingents from ten member states, and as a military adviser to the Intergovernmental Authority on Development (IGAD).
The PSOD works closely with the Continental Early Warning System (CEWS), which is managed by the Conflict Management Directorate, and with the African Standby Force Policy Unit.
Commissioner Kwesi Amponsah-Diallo, who leads PAPS, welcomed the appointment. “The Division needs strong operational leadership as we prepare new missions,” he said.
""", [
    ("O", "African Union Commission", ["AUC", "the Commission", "AU Commission"]),
    ("O", PSOD, ["PSOD", "The Division"]),
    ("O", PAPS, ["PAPS"]),
    ("O", "African Union", ["AU"]),
    ("O", "African Union Mission in Somalia", ["AMISOM"]),
    ("O", "Office of the Chairperson of the Commission", []),
    ("O", "Eastern Africa Standby Force", ["EASF"]),
    ("O", "Intergovernmental Authority on Development", ["IGAD"]),
    ("O", "Continental Early Warning System", ["CEWS"]),
    ("O", "Conflict Management Directorate", []),
    ("O", "African Standby Force Policy Unit", []),
    ("P", "Jean-Paul Nkurunziza-Doe", ["Major General Jean-Paul Nkurunziza-Doe", "General Nkurunziza-Doe", "Nkurunziza-Doe"]),
    ("P", "Beatrice Osei-Kuffour", ["Ms Beatrice Osei-Kuffour", "Osei-Kuffour"]),
    ("P", "Kwesi Amponsah-Diallo", ["Commissioner Kwesi Amponsah-Diallo", "Amponsah-Diallo"]),
    ("L", "Addis Ababa", ["ADDIS ABABA"]),
    ("L", "Somalia", [], True), ("L", "Eastern Africa", [], True),
], [
    ("Jean-Paul Nkurunziza-Doe", "jobTitle", "Head"),
    ("Jean-Paul Nkurunziza-Doe", "headOf", PSOD),
    ("Jean-Paul Nkurunziza-Doe", "?memberOf", "African Union Commission"),
    ("Jean-Paul Nkurunziza-Doe", "?jobTitle", "Major General"),
    ("Jean-Paul Nkurunziza-Doe", "?jobTitle", "Chief of Staff"),
    ("Jean-Paul Nkurunziza-Doe", "?memberOf", "Eastern Africa Standby Force"),
    ("Jean-Paul Nkurunziza-Doe", "?jobTitle", "military adviser"),
    ("Jean-Paul Nkurunziza-Doe", "?memberOf", "Intergovernmental Authority on Development"),
    ("Beatrice Osei-Kuffour", "jobTitle", "Chief of Staff"),
    ("Beatrice Osei-Kuffour", "memberOf", "Office of the Chairperson of the Commission"),
    ("Beatrice Osei-Kuffour", "?headOf", PSOD),
    ("Kwesi Amponsah-Diallo", "jobTitle", "Commissioner"),
    ("Kwesi Amponsah-Diallo", "headOf", PAPS),
    ("Kwesi Amponsah-Diallo", "?memberOf", "African Union Commission"),
    (PSOD, "subOrganizationOf", PAPS),
    (PSOD, "?subOrganizationOf", "African Union Commission"),
    (PAPS, "?subOrganizationOf", "African Union Commission"),
    ("African Union Commission", "?subOrganizationOf", "African Union"),
    ("African Union Mission in Somalia", "?subOrganizationOf", "African Union"),
    ("Office of the Chairperson of the Commission", "?subOrganizationOf", "African Union Commission"),
    ("Continental Early Warning System", "?subOrganizationOf", "Conflict Management Directorate"),
])

# ---------------------------------------------------------------- en-22 (summary record; "Organiser:" heading; "Members present:"; "reports to")
FM = "Fourth meeting of the Civil Society Advisory Panel on Hate Crime"
CSAP = "Civil Society Advisory Panel on Hate Crime"
TND = "Tolerance and Non-Discrimination Department"
doc("en-22", "en", """
Summary of the meeting
Fourth meeting of the Civil Society Advisory Panel on Hate Crime
Date: 14 March 2023
Venue: Vienna, Austria
Organiser: Tolerance and Non-Discrimination Department, Office for Democratic Institutions and Human Rights (ODIHR)
The Panel met for the fourth time to review the draft guidelines on hate crime data collection. The meeting was opened by Ms Karolina Wiśniewska-Hart, Head of the Tolerance and Non-Discrimination Department.
Members present: the European Network Against Racism (ENAR), the Roma Rights Collective (RRC), the Coalition for Muslim Communities in Europe (CMCE) and the Jewish Community Security Forum (JCSF). The Fundamental Rights Agency of the European Union (FRA) attended as an observer.
Mr Ioan Dumitrescu-Lazar, Co-ordinator of the RRC, presented findings from a survey of 1,200 Roma respondents in Romania and Slovakia.
The Panel was established in 2020 and reports to the ODIHR Director.
Action points
- ODIHR will circulate revised guidelines by 30 April.
- ENAR committed to translating the guidelines into French and German.
""", [
    ("E", FM, ["The meeting"]),
    ("O", CSAP, ["The Panel"]),
    ("O", TND, []),
    ("O", "Office for Democratic Institutions and Human Rights", ["ODIHR"]),
    ("O", "European Network Against Racism", ["ENAR"]),
    ("O", "Roma Rights Collective", ["RRC"]),
    ("O", "Coalition for Muslim Communities in Europe", ["CMCE"]),
    ("O", "Jewish Community Security Forum", ["JCSF"]),
    ("O", "Fundamental Rights Agency of the European Union", ["FRA"]),
    ("O", "European Union", [], True),
    ("P", "Karolina Wiśniewska-Hart", ["Ms Karolina Wiśniewska-Hart", "Wiśniewska-Hart"]),
    ("P", "Ioan Dumitrescu-Lazar", ["Mr Ioan Dumitrescu-Lazar", "Dumitrescu-Lazar"]),
    ("P", "ODIHR Director", [], True),
    ("L", "Vienna"), ("L", "Austria"), ("L", "Romania"), ("L", "Slovakia"),
    ("L", "Europe", [], True),
], [
    (FM, "location", "Vienna"),
    (FM, "?location", "Austria"),
    (FM, "startDate", "2023-03-14"),
    (FM, "?endDate", "2023-03-14"),
    (FM, "organizer", TND),
    (FM, "?organizer", "Office for Democratic Institutions and Human Rights"),
    (FM, "attendee", "Karolina Wiśniewska-Hart"),
    (FM, "attendee", "Ioan Dumitrescu-Lazar"),
    (FM, "attendee", "European Network Against Racism"),
    (FM, "attendee", "Roma Rights Collective"),
    (FM, "attendee", "Coalition for Muslim Communities in Europe"),
    (FM, "attendee", "Jewish Community Security Forum"),
    (FM, "attendee", "Fundamental Rights Agency of the European Union"),
    (FM, "?attendee", CSAP),
    (FM, "?attendee", TND),
    (FM, "?attendee", "Office for Democratic Institutions and Human Rights"),
    ("European Network Against Racism", "memberOf", CSAP),
    ("Roma Rights Collective", "memberOf", CSAP),
    ("Coalition for Muslim Communities in Europe", "memberOf", CSAP),
    ("Jewish Community Security Forum", "memberOf", CSAP),
    ("Fundamental Rights Agency of the European Union", "?memberOf", CSAP),
    ("Karolina Wiśniewska-Hart", "jobTitle", "Head"),
    ("Karolina Wiśniewska-Hart", "headOf", TND),
    ("Karolina Wiśniewska-Hart", "?memberOf", "Office for Democratic Institutions and Human Rights"),
    ("Ioan Dumitrescu-Lazar", "jobTitle", "Co-ordinator"),
    ("Ioan Dumitrescu-Lazar", "headOf", "Roma Rights Collective"),
    (TND, "?subOrganizationOf", "Office for Democratic Institutions and Human Rights"),
    (CSAP, "?subOrganizationOf", "Office for Democratic Institutions and Human Rights"),
    ("Fundamental Rights Agency of the European Union", "?subOrganizationOf", "European Union"),
])

# ================================================================ fourth batch (scored blind before use)

# ---------------------------------------------------------------- en-23 (MoU on the sidelines of an expert meeting; "signed on behalf of"; "represented by its")
MDW = "Memorandum of Understanding on Decent Work in the Care Economy"
TME = "Tripartite Meeting of Experts on the Care Economy"
GADWU = "Global Alliance of Domestic Workers' Unions"
doc("en-23", "en", """
Press release
GENEVA, 2 November 2023
The International Labour Organization (ILO) and the Global Alliance of Domestic Workers' Unions (GADWU) today signed a Memorandum of Understanding on Decent Work in the Care Economy at the ILO headquarters in Geneva.
The memorandum was signed on the sidelines of the Tripartite Meeting of Experts on the Care Economy, which took place from 31 October to 2 November 2023 and was chaired by Ambassador Ingrid Vasquez-Holm of Costa Rica.
ILO Deputy Director-General Thomas Achterberg-Nkosi signed on behalf of the ILO, while GADWU was represented by its General Secretary, Ms Mercy Atieno-Banda.
The Meeting was attended by government, employer and worker experts from 38 countries, as well as by observers from the World Health Organization (WHO) and the International Organisation of Employers (IOE).
“Care work is work, and it must be paid and protected as such,” said Ms Atieno-Banda.
GADWU, which brings together 91 unions in 64 countries, is a member of the International Trade Union Confederation (ITUC).
Key commitments
1. The ILO committed to supporting national care policies in five pilot countries.
2. GADWU committed to training 2,000 union organisers by 2025.
""", [
    ("O", "International Labour Organization", ["ILO"]),
    ("O", GADWU, ["GADWU"]),
    ("A", MDW, ["The memorandum"]),
    ("E", TME, ["The Meeting"]),
    ("O", "World Health Organization", ["WHO"]),
    ("O", "International Organisation of Employers", ["IOE"]),
    ("O", "International Trade Union Confederation", ["ITUC"]),
    ("P", "Ingrid Vasquez-Holm", ["Ambassador Ingrid Vasquez-Holm", "Vasquez-Holm"]),
    ("P", "Thomas Achterberg-Nkosi", ["ILO Deputy Director-General Thomas Achterberg-Nkosi", "Achterberg-Nkosi"]),
    ("P", "Mercy Atieno-Banda", ["Ms Mercy Atieno-Banda", "Ms Atieno-Banda", "Atieno-Banda"]),
    ("L", "Geneva", ["GENEVA"]), ("L", "Costa Rica"),
    ("L", "ILO headquarters", [], True),
], [
    (MDW, "party", "International Labour Organization"),
    (MDW, "party", GADWU),
    (MDW, "signedAt", TME),
    (MDW, "signedBy", "Thomas Achterberg-Nkosi"),
    (MDW, "signedBy", "Mercy Atieno-Banda"),
    (MDW, "date", "2023-11-02"),
    (TME, "startDate", "2023-10-31"),
    (TME, "endDate", "2023-11-02"),
    (TME, "?location", "Geneva"),
    (TME, "?organizer", "International Labour Organization"),
    (TME, "attendee", "Ingrid Vasquez-Holm"),
    (TME, "attendee", "World Health Organization"),
    (TME, "attendee", "International Organisation of Employers"),
    (TME, "?attendee", "International Labour Organization"),
    (TME, "?attendee", GADWU),
    (TME, "?attendee", "Thomas Achterberg-Nkosi"),
    (TME, "?attendee", "Mercy Atieno-Banda"),
    ("Ingrid Vasquez-Holm", "?jobTitle", "Ambassador"),
    ("Thomas Achterberg-Nkosi", "jobTitle", "Deputy Director-General"),
    ("Thomas Achterberg-Nkosi", "?jobTitle", "ILO Deputy Director-General"),
    ("Thomas Achterberg-Nkosi", "memberOf", "International Labour Organization"),
    ("Mercy Atieno-Banda", "jobTitle", "General Secretary"),
    ("Mercy Atieno-Banda", "memberOf", GADWU),
    ("Mercy Atieno-Banda", "?headOf", GADWU),
    (GADWU, "memberOf", "International Trade Union Confederation"),
])

# ---------------------------------------------------------------- en-24 (appointment; "its Field Office"; "has joined"; "whose coordinator")
UNMISS = "United Nations Mission in South Sudan"
MFO = "Malakal Field Office"
doc("en-24", "en", """
UNMISS appoints new Head of Field Office in Malakal
JUBA, 15 August 2023
The United Nations Mission in South Sudan (UNMISS) has appointed Mr Óscar Delgado-Mwangi as Head of its Field Office in Malakal, Upper Nile State. The Malakal Field Office reports to the Mission's Deputy Special Representative for Protection, Ms Hanne Kristoffersen-Ajak.
Mr Delgado-Mwangi was previously Senior Civil Affairs Officer with the African Union-United Nations Hybrid Operation in Darfur (UNAMID). He replaces Ms Grace Nyandeng Deng, who has joined the Office of the United Nations High Commissioner for Refugees (UNHCR) in Nairobi.
The Field Office works closely with the Protection of Civilians Site Management Committee, a body chaired by community leaders, and with the Upper Nile Women's Peace Network (UNWPN), whose coordinator, Ms Rebecca Akol-Majok, welcomed the appointment.
UNMISS is a peacekeeping operation established by the United Nations Security Council in 2011. It protects more than 30,000 civilians at the Malakal site.
""", [
    ("O", UNMISS, ["UNMISS", "the Mission"]),
    ("O", MFO, ["Field Office in Malakal", "The Field Office"]),
    ("O", "African Union-United Nations Hybrid Operation in Darfur", ["UNAMID"]),
    ("O", "Office of the United Nations High Commissioner for Refugees", ["UNHCR"]),
    ("O", "Protection of Civilians Site Management Committee", []),
    ("O", "Upper Nile Women's Peace Network", ["UNWPN"]),
    ("O", "United Nations Security Council", []),
    ("O", "United Nations", [], True),
    ("O", "African Union", [], True),
    ("P", "Óscar Delgado-Mwangi", ["Mr Óscar Delgado-Mwangi", "Mr Delgado-Mwangi", "Delgado-Mwangi"]),
    ("P", "Hanne Kristoffersen-Ajak", ["Ms Hanne Kristoffersen-Ajak", "Kristoffersen-Ajak"]),
    ("P", "Grace Nyandeng Deng", ["Ms Grace Nyandeng Deng", "Nyandeng Deng"]),
    ("P", "Rebecca Akol-Majok", ["Ms Rebecca Akol-Majok", "Akol-Majok"]),
    ("L", "Juba", ["JUBA"]), ("L", "Malakal"), ("L", "Upper Nile State"), ("L", "Nairobi"),
    ("L", "South Sudan", [], True), ("L", "Darfur", [], True), ("L", "Upper Nile", [], True),
], [
    ("Óscar Delgado-Mwangi", "jobTitle", "Head"),
    ("Óscar Delgado-Mwangi", "headOf", MFO),
    ("Óscar Delgado-Mwangi", "?memberOf", UNMISS),
    ("Óscar Delgado-Mwangi", "?jobTitle", "Senior Civil Affairs Officer"),
    ("Óscar Delgado-Mwangi", "?memberOf", "African Union-United Nations Hybrid Operation in Darfur"),
    ("Hanne Kristoffersen-Ajak", "jobTitle", "Deputy Special Representative for Protection"),
    ("Hanne Kristoffersen-Ajak", "memberOf", UNMISS),
    ("Grace Nyandeng Deng", "memberOf", "Office of the United Nations High Commissioner for Refugees"),
    ("Grace Nyandeng Deng", "?headOf", MFO),
    ("Rebecca Akol-Majok", "jobTitle", "coordinator"),
    ("Rebecca Akol-Majok", "headOf", "Upper Nile Women's Peace Network"),
    (MFO, "?subOrganizationOf", UNMISS),
    (MFO, "?location", "Malakal"),
    (UNMISS, "?subOrganizationOf", "United Nations"),
    ("United Nations Security Council", "?subOrganizationOf", "United Nations"),
    ("Office of the United Nations High Commissioner for Refugees", "?subOrganizationOf", "United Nations"),
])

# ---------------------------------------------------------------- en-25 (general assembly hosted by a member; "member organisations ... including"; elected as; MoU on the second day)
AGA = "Annual General Assembly of the Pan-African Network of Election Observers"
PANEO = "Pan-African Network of Election Observers"
MOA = "Memorandum of Understanding on Observer Accreditation"
doc("en-25", "en", """
Meeting report
Annual General Assembly of the Pan-African Network of Election Observers
Abuja, 20-21 April 2024
The Pan-African Network of Election Observers (PANEO) held its Annual General Assembly in Abuja, Nigeria, on 20 and 21 April 2024. The Assembly was hosted by Yiaga Nigeria, one of the Network's founding members, with financial support from the European Union.
Delegates from 27 member organisations attended, including the Ghana Centre for Democratic Development (CDD-Ghana), the Zimbabwe Election Support Network (ZESN) and the Réseau Sénégalais des Observateurs (RESO).
The Assembly elected Ms Amina Yusuf-Olatunde, Executive Director of Yiaga Nigeria, as Chairperson of PANEO for a two-year term. She succeeds Mr Peter Banda-Chisanga of ZESN.
On the second day, PANEO and the Electoral Commissions Forum of SADC Countries (ECF-SADC) signed a Memorandum of Understanding on Observer Accreditation. The memorandum was signed by Ms Yusuf-Olatunde and by Mr Thabo Letsie, Executive Secretary of the ECF-SADC.
Mr Letsie said that the agreement would “make accreditation predictable for citizen observers in all sixteen SADC countries.”
""", [
    ("E", AGA, ["Annual General Assembly", "The Assembly"]),
    ("O", PANEO, ["PANEO", "the Network"]),
    ("O", "Yiaga Nigeria", []),
    ("O", "European Union", []),
    ("O", "Ghana Centre for Democratic Development", ["CDD-Ghana"]),
    ("O", "Zimbabwe Election Support Network", ["ZESN"]),
    ("O", "Réseau Sénégalais des Observateurs", ["RESO"]),
    ("O", "Electoral Commissions Forum of SADC Countries", ["ECF-SADC"]),
    ("O", "SADC", []),
    ("A", MOA, ["The memorandum", "the agreement"]),
    ("P", "Amina Yusuf-Olatunde", ["Ms Amina Yusuf-Olatunde", "Ms Yusuf-Olatunde", "Yusuf-Olatunde"]),
    ("P", "Peter Banda-Chisanga", ["Mr Peter Banda-Chisanga", "Banda-Chisanga"]),
    ("P", "Thabo Letsie", ["Mr Thabo Letsie", "Mr Letsie", "Letsie"]),
    ("L", "Abuja"), ("L", "Nigeria"),
    ("L", "Ghana", [], True), ("L", "Zimbabwe", [], True),
], [
    (AGA, "location", "Abuja"),
    (AGA, "?location", "Nigeria"),
    (AGA, "startDate", "2024-04-20"),
    (AGA, "endDate", "2024-04-21"),
    (AGA, "organizer", "Yiaga Nigeria"),
    (AGA, "?organizer", PANEO),
    (AGA, "?organizer", "European Union"),
    (AGA, "attendee", "Ghana Centre for Democratic Development"),
    (AGA, "attendee", "Zimbabwe Election Support Network"),
    (AGA, "attendee", "Réseau Sénégalais des Observateurs"),
    (AGA, "?attendee", PANEO),
    (AGA, "?attendee", "Yiaga Nigeria"),
    (AGA, "?attendee", "Amina Yusuf-Olatunde"),
    (AGA, "?attendee", "Peter Banda-Chisanga"),
    (AGA, "?attendee", "Thabo Letsie"),
    (AGA, "?attendee", "Electoral Commissions Forum of SADC Countries"),
    ("Yiaga Nigeria", "memberOf", PANEO),
    ("Ghana Centre for Democratic Development", "memberOf", PANEO),
    ("Zimbabwe Election Support Network", "memberOf", PANEO),
    ("Réseau Sénégalais des Observateurs", "memberOf", PANEO),
    ("Amina Yusuf-Olatunde", "jobTitle", "Executive Director"),
    ("Amina Yusuf-Olatunde", "headOf", "Yiaga Nigeria"),
    ("Amina Yusuf-Olatunde", "jobTitle", "Chairperson"),
    ("Amina Yusuf-Olatunde", "headOf", PANEO),
    ("Peter Banda-Chisanga", "memberOf", "Zimbabwe Election Support Network"),
    ("Peter Banda-Chisanga", "?headOf", PANEO),
    ("Thabo Letsie", "jobTitle", "Executive Secretary"),
    ("Thabo Letsie", "memberOf", "Electoral Commissions Forum of SADC Countries"),
    ("Thabo Letsie", "?headOf", "Electoral Commissions Forum of SADC Countries"),
    (MOA, "party", PANEO),
    (MOA, "party", "Electoral Commissions Forum of SADC Countries"),
    (MOA, "signedAt", AGA),
    (MOA, "signedBy", "Amina Yusuf-Olatunde"),
    (MOA, "signedBy", "Thabo Letsie"),
    (MOA, "date", "2024-04-21"),
])

# ================================================================ fifth batch (scored blind before use)

# ---------------------------------------------------------------- en-26 (jointly convened dialogue; declaration adopted and endorsed; possessive titles)
HPD = "High-Level Policy Dialogue on Domestic Resource Mobilisation"
KGD = "Kigali Declaration on Domestic Resource Mobilisation"
doc("en-26", "en", """
Press release
KIGALI, 7 September 2023
African policymakers commit to raising more revenue at home
The United Nations Economic Commission for Africa (ECA) and the African Development Bank (AfDB) jointly convened the High-Level Policy Dialogue on Domestic Resource Mobilisation in Kigali, Rwanda, from 4 to 6 September 2023.
Speakers included Rwanda's Minister of Finance, Mr Jean-Claude Habimana-Ngoga, the ECA's Director of Macroeconomics and Governance, Dr Nomsa Dlamini-Kariuki, and Mr Olivier Mbeki-Sow, Senior Tax Adviser at the African Tax Administration Forum (ATAF).
The dialogue concluded with the adoption of the Kigali Declaration on Domestic Resource Mobilisation, which was endorsed by the ECA, the AfDB and the African Union Commission (AUC).
“Every dollar of tax lost to illicit flows is a classroom not built,” said Dr Dlamini-Kariuki.
ATAF, which brings together the tax administrations of 44 African countries, will coordinate a peer review of the Declaration's implementation. The Tax Justice Network Africa (TJNA) also took part in the discussions.
Key commitments
1. The AfDB committed to financing digital tax systems in eight countries.
2. ATAF committed to publishing annual revenue statistics for its members.
""", [
    ("E", HPD, ["The dialogue"]),
    ("A", KGD, ["the Declaration"]),
    ("O", "United Nations Economic Commission for Africa", ["ECA"]),
    ("O", "African Development Bank", ["AfDB"]),
    ("O", "African Tax Administration Forum", ["ATAF"]),
    ("O", "African Union Commission", ["AUC"]),
    ("O", "Tax Justice Network Africa", ["TJNA"]),
    ("O", "United Nations", [], True),
    ("P", "Jean-Claude Habimana-Ngoga", ["Mr Jean-Claude Habimana-Ngoga", "Habimana-Ngoga"]),
    ("P", "Nomsa Dlamini-Kariuki", ["Dr Nomsa Dlamini-Kariuki", "Dr Dlamini-Kariuki", "Dlamini-Kariuki"]),
    ("P", "Olivier Mbeki-Sow", ["Mr Olivier Mbeki-Sow", "Mbeki-Sow"]),
    ("L", "Kigali", ["KIGALI"]), ("L", "Rwanda"),
    ("L", "Africa", [], True),
], [
    (HPD, "location", "Kigali"),
    (HPD, "?location", "Rwanda"),
    (HPD, "startDate", "2023-09-04"),
    (HPD, "endDate", "2023-09-06"),
    (HPD, "organizer", "United Nations Economic Commission for Africa"),
    (HPD, "organizer", "African Development Bank"),
    (HPD, "attendee", "Jean-Claude Habimana-Ngoga"),
    (HPD, "attendee", "Nomsa Dlamini-Kariuki"),
    (HPD, "attendee", "Olivier Mbeki-Sow"),
    (HPD, "attendee", "Tax Justice Network Africa"),
    (HPD, "?attendee", "United Nations Economic Commission for Africa"),
    (HPD, "?attendee", "African Development Bank"),
    (HPD, "?attendee", "African Tax Administration Forum"),
    (HPD, "?attendee", "African Union Commission"),
    (KGD, "signedAt", HPD),
    (KGD, "party", "United Nations Economic Commission for Africa"),
    (KGD, "party", "African Development Bank"),
    (KGD, "party", "African Union Commission"),
    (KGD, "?date", "2023-09-06"),
    ("Jean-Claude Habimana-Ngoga", "jobTitle", "Minister of Finance"),
    ("Nomsa Dlamini-Kariuki", "jobTitle", "Director of Macroeconomics and Governance"),
    ("Nomsa Dlamini-Kariuki", "memberOf", "United Nations Economic Commission for Africa"),
    ("Olivier Mbeki-Sow", "jobTitle", "Senior Tax Adviser"),
    ("Olivier Mbeki-Sow", "memberOf", "African Tax Administration Forum"),
    ("United Nations Economic Commission for Africa", "?subOrganizationOf", "United Nations"),
])

# ---------------------------------------------------------------- en-27 (network holds its retreat; facilitated by; strategic plan adopted; possessive title)
CEAC = "Coalition for an Effective African Court"
SR = "fourth Strategy Retreat of the Coalition for an Effective African Court"
doc("en-27", "en", """
News
ARUSHA, 23 February 2024
The Coalition for an Effective African Court (CEAC), a network of 45 non-governmental organisations, held its fourth Strategy Retreat in Arusha, Tanzania, on 21 and 22 February 2024.
The Retreat was facilitated by Ms Wanjiru Koech-Baptiste, Programme Manager at the Open Society Initiative for Eastern Africa (OSIEA), which funded the meeting. Judges of the African Court on Human and Peoples' Rights and staff of its Registry briefed participants on the Court's caseload.
The Coalition's Executive Secretary, Mr Ibrahim Touray-Lindqvist, presented the results of a survey on the execution of the Court's judgments. Representatives of the Pan African Lawyers Union (PALU) and of the Zanzibar Legal Services Centre (ZLSC) also attended.
At the end of the Retreat, members adopted the CEAC Strategic Plan 2024-2028, which sets out three priorities: ratification, compliance and access for victims.
“A court whose judgments are not implemented is a court in name only,” said Mr Touray-Lindqvist.
""", [
    ("O", CEAC, ["CEAC", "The Coalition"]),
    ("E", SR, ["fourth Strategy Retreat", "The Retreat", "the Retreat"]),
    ("O", "Open Society Initiative for Eastern Africa", ["OSIEA"]),
    ("O", "African Court on Human and Peoples' Rights", ["the Court"]),
    ("O", "Registry", [], True),
    ("O", "Pan African Lawyers Union", ["PALU"]),
    ("O", "Zanzibar Legal Services Centre", ["ZLSC"]),
    ("A", "CEAC Strategic Plan 2024-2028", []),
    ("P", "Wanjiru Koech-Baptiste", ["Ms Wanjiru Koech-Baptiste", "Koech-Baptiste"]),
    ("P", "Ibrahim Touray-Lindqvist", ["Mr Ibrahim Touray-Lindqvist", "Mr Touray-Lindqvist", "Touray-Lindqvist"]),
    ("L", "Arusha", ["ARUSHA"]), ("L", "Tanzania"),
    ("L", "Eastern Africa", [], True), ("L", "Zanzibar", [], True),
], [
    (SR, "location", "Arusha"),
    (SR, "?location", "Tanzania"),
    (SR, "startDate", "2024-02-21"),
    (SR, "endDate", "2024-02-22"),
    (SR, "?organizer", CEAC),
    (SR, "?organizer", "Open Society Initiative for Eastern Africa"),
    (SR, "attendee", "Wanjiru Koech-Baptiste"),
    (SR, "attendee", "Ibrahim Touray-Lindqvist"),
    (SR, "attendee", "Pan African Lawyers Union"),
    (SR, "attendee", "Zanzibar Legal Services Centre"),
    (SR, "?attendee", CEAC),
    (SR, "?attendee", "African Court on Human and Peoples' Rights"),
    (SR, "?attendee", "Open Society Initiative for Eastern Africa"),
    ("Wanjiru Koech-Baptiste", "jobTitle", "Programme Manager"),
    ("Wanjiru Koech-Baptiste", "memberOf", "Open Society Initiative for Eastern Africa"),
    ("Ibrahim Touray-Lindqvist", "jobTitle", "Executive Secretary"),
    ("Ibrahim Touray-Lindqvist", "memberOf", CEAC),
    ("Ibrahim Touray-Lindqvist", "?headOf", CEAC),
    ("Registry", "?subOrganizationOf", "African Court on Human and Peoples' Rights"),
    ("CEAC Strategic Plan 2024-2028", "signedAt", SR),
    ("CEAC Strategic Plan 2024-2028", "?party", CEAC),
    ("CEAC Strategic Plan 2024-2028", "?date", "2024-02-22"),
])

# ---------------------------------------------------------------- en-28 (working arrangement signed in a capital, no event; titles before names; "part of")
WA = "Working Arrangement on Migrant Protection at Sea"
doc("en-28", "en", """
Press release
NOUAKCHOTT, 12 June 2023
The Mauritanian Coast Guard (GCM) and the Mediterranean and Atlantic Rescue Coordination Network (MARCN) on Monday signed a Working Arrangement on Migrant Protection at Sea in Nouakchott.
The arrangement was signed by Coast Guard Commander Rear Admiral Sidi Mohamed Ould Bouh and by MARCN Director Ms Elena Castillo-Ferreira. The European Union Delegation to Mauritania and the International Organization for Migration (IOM) witnessed the signing.
MARCN, a network of twelve maritime rescue coordination centres, is part of the Western Mediterranean Forum on Search and Rescue (WMFSR). Its secretariat is hosted by the Spanish Maritime Safety Agency in Madrid.
Under the arrangement, the two sides will share alerts on boats in distress and train 150 Mauritanian officers in the rescue of migrants.
“Saving lives at sea is an obligation, not a favour,” said Ms Castillo-Ferreira.
""", [
    ("O", "Mauritanian Coast Guard", ["GCM", "Coast Guard"]),
    ("O", "Mediterranean and Atlantic Rescue Coordination Network", ["MARCN"]),
    ("A", WA, ["The arrangement", "the arrangement"]),
    ("O", "European Union Delegation to Mauritania", []),
    ("O", "International Organization for Migration", ["IOM"]),
    ("O", "Western Mediterranean Forum on Search and Rescue", ["WMFSR"]),
    ("O", "Spanish Maritime Safety Agency", []),
    ("O", "European Union", [], True),
    ("P", "Sidi Mohamed Ould Bouh", ["Rear Admiral Sidi Mohamed Ould Bouh", "Ould Bouh"]),
    ("P", "Elena Castillo-Ferreira", ["Ms Elena Castillo-Ferreira", "Ms Castillo-Ferreira", "Castillo-Ferreira"]),
    ("L", "Nouakchott", ["NOUAKCHOTT"]), ("L", "Madrid"),
    ("L", "Mauritania", [], True),
], [
    (WA, "party", "Mauritanian Coast Guard"),
    (WA, "party", "Mediterranean and Atlantic Rescue Coordination Network"),
    (WA, "signedBy", "Sidi Mohamed Ould Bouh"),
    (WA, "signedBy", "Elena Castillo-Ferreira"),
    (WA, "date", "2023-06-12"),
    ("Sidi Mohamed Ould Bouh", "jobTitle", "Commander"),
    ("Sidi Mohamed Ould Bouh", "?jobTitle", "Coast Guard Commander"),
    ("Sidi Mohamed Ould Bouh", "?jobTitle", "Rear Admiral"),
    ("Sidi Mohamed Ould Bouh", "headOf", "Mauritanian Coast Guard"),
    ("Elena Castillo-Ferreira", "jobTitle", "Director"),
    ("Elena Castillo-Ferreira", "?jobTitle", "MARCN Director"),
    ("Elena Castillo-Ferreira", "headOf", "Mediterranean and Atlantic Rescue Coordination Network"),
    ("Mediterranean and Atlantic Rescue Coordination Network", "subOrganizationOf", "Western Mediterranean Forum on Search and Rescue"),
    ("European Union Delegation to Mauritania", "?subOrganizationOf", "European Union"),
])

# ================================================================ sixth batch (scored blind before use)

# ---------------------------------------------------------------- en-29 (lede before the event; "hosted in X by Y"; weekday; bulleted signatories with "who heads"; "one of the field operations of"; "an agency of")
WRK = "Regional Workshop on Investigating Online Child Sexual Exploitation"
MOC = "Memorandum of Co-operation on Training against Online Child Sexual Exploitation"
OMS = "OSCE Mission to Skopje"
OSCE = "Organization for Security and Co-operation in Europe"
CEPOL = "European Union Agency for Law Enforcement Training"
PTCNM = "Police Training Centre of North Macedonia"
SAA = "Security Academy of Albania"
PAM = "Police Academy of Montenegro"
BCOSN = "Balkan Child Online Safety Network"
doc("en-29", "en", """
Press release
SKOPJE, 9 October 2023
Police academies in South-Eastern Europe adopt a shared module on online child exploitation
Police training institutions from three countries will teach a common module on online child sexual exploitation under a memorandum signed on Friday in Ohrid.
The Memorandum of Co-operation on Training against Online Child Sexual Exploitation was concluded at the close of the Regional Workshop on Investigating Online Child Sexual Exploitation, which was hosted in Ohrid by the OSCE Mission to Skopje from 3 to 6 October in partnership with the European Union Agency for Law Enforcement Training (CEPOL).
Opening the workshop, Ambassador Kilian Oberhauser-Mbeki, Head of the OSCE Mission to Skopje, noted that reports of online abuse had tripled since 2019. CEPOL's Executive Director, Dr Maren Østergaard-Silva, presented the agency's new e-learning platform.
The memorandum bears the signatures of:
- Ms Ljiljana Petrovska-Arnaut, Director of the Police Training Centre of North Macedonia;
- Colonel Besnik Dervishi-Hale, Rector of the Security Academy of Albania;
- Mr Ratko Đurović-Lind, who heads the Police Academy of Montenegro in Danilovgrad.
Experts from the Lanzarote Committee of the Council of Europe and from the Balkan Child Online Safety Network (BCOSN), a Belgrade-based coalition of NGOs, led two sessions, which brought together some 40 investigators, prosecutors and child-protection specialists.
“Offenders do not respect borders, and neither can our training,” said Dr Østergaard-Silva.
The Mission, one of the field operations of the Organization for Security and Co-operation in Europe (OSCE), has supported police education in North Macedonia since 2002. CEPOL, an agency of the European Union headquartered in Budapest, trains some 30,000 officials a year.
Key commitments
- The Mission committed to funding the translation of the module into Albanian and Macedonian.
- BCOSN committed to sharing anonymised hotline data with the three academies.
""", [
    ("E", WRK, ["the workshop"]),
    ("A", MOC, ["The memorandum"]),
    ("O", OMS, ["The Mission"]),
    ("O", OSCE, ["OSCE"]),
    ("O", CEPOL, ["CEPOL", "the agency"]),
    ("O", "European Union", []),
    ("O", PTCNM, []),
    ("O", SAA, []),
    ("O", PAM, []),
    ("O", "Lanzarote Committee", []),
    ("O", "Council of Europe", []),
    ("O", BCOSN, ["BCOSN"]),
    ("P", "Kilian Oberhauser-Mbeki", ["Ambassador Kilian Oberhauser-Mbeki", "Oberhauser-Mbeki"]),
    ("P", "Maren Østergaard-Silva", ["Dr Maren Østergaard-Silva", "Dr Østergaard-Silva", "Østergaard-Silva"]),
    ("P", "Ljiljana Petrovska-Arnaut", ["Ms Ljiljana Petrovska-Arnaut", "Petrovska-Arnaut"]),
    ("P", "Besnik Dervishi-Hale", ["Colonel Besnik Dervishi-Hale", "Dervishi-Hale"]),
    ("P", "Ratko Đurović-Lind", ["Mr Ratko Đurović-Lind", "Đurović-Lind"]),
    ("L", "Skopje", ["SKOPJE"]), ("L", "South-Eastern Europe"), ("L", "Ohrid"), ("L", "Danilovgrad"),
    ("L", "Belgrade"), ("L", "North Macedonia"), ("L", "Budapest"),
    ("L", "Albania", [], True), ("L", "Montenegro", [], True), ("L", "Europe", [], True),
], [
    (WRK, "location", "Ohrid"),
    (WRK, "startDate", "2023-10-03"),
    (WRK, "endDate", "2023-10-06"),
    (WRK, "organizer", OMS),
    (WRK, "?organizer", CEPOL),
    (WRK, "?attendee", OMS),
    (WRK, "?attendee", CEPOL),
    (WRK, "attendee", "Kilian Oberhauser-Mbeki"),
    (WRK, "attendee", "Maren Østergaard-Silva"),
    (WRK, "attendee", "Lanzarote Committee"),
    (WRK, "attendee", BCOSN),
    (WRK, "?attendee", "Council of Europe"),
    (WRK, "?attendee", "Ljiljana Petrovska-Arnaut"),
    (WRK, "?attendee", "Besnik Dervishi-Hale"),
    (WRK, "?attendee", "Ratko Đurović-Lind"),
    (WRK, "?attendee", PTCNM),
    (WRK, "?attendee", SAA),
    (WRK, "?attendee", PAM),
    ("Kilian Oberhauser-Mbeki", "jobTitle", "Head"),
    ("Kilian Oberhauser-Mbeki", "?jobTitle", "Ambassador"),
    ("Kilian Oberhauser-Mbeki", "headOf", OMS),
    ("Kilian Oberhauser-Mbeki", "?memberOf", OSCE),
    ("Maren Østergaard-Silva", "jobTitle", "Executive Director"),
    ("Maren Østergaard-Silva", "headOf", CEPOL),
    ("Ljiljana Petrovska-Arnaut", "jobTitle", "Director"),
    ("Ljiljana Petrovska-Arnaut", "headOf", PTCNM),
    ("Besnik Dervishi-Hale", "jobTitle", "Rector"),
    ("Besnik Dervishi-Hale", "?jobTitle", "Colonel"),
    ("Besnik Dervishi-Hale", "headOf", SAA),
    ("Ratko Đurović-Lind", "headOf", PAM),
    (OMS, "subOrganizationOf", OSCE),
    (OMS, "?location", "Skopje"),
    (CEPOL, "subOrganizationOf", "European Union"),
    (CEPOL, "?location", "Budapest"),
    (BCOSN, "?location", "Belgrade"),
    (PAM, "?location", "Danilovgrad"),
    ("Lanzarote Committee", "?subOrganizationOf", "Council of Europe"),
    (MOC, "party", PTCNM),
    (MOC, "party", SAA),
    (MOC, "party", PAM),
    (MOC, "signedAt", WRK),
    (MOC, "signedBy", "Ljiljana Petrovska-Arnaut"),
    (MOC, "signedBy", "Besnik Dervishi-Hale"),
    (MOC, "signedBy", "Ratko Đurović-Lind"),
    (MOC, "date", "2023-10-06"),
])

# ---------------------------------------------------------------- en-30 (back-to-office report; "Prepared by:"; "Among those present were"; "was represented by its"; "a programme of"; roadmap adopted at the close, signed "on behalf of")
RVM = "Regional Validation Meeting on Maritime Crime Legislation"
ISSP = "IGAD Security Sector Program"
IGAD = "Intergovernmental Authority on Development"
UNODC = "United Nations Office on Drugs and Crime"
ROEA = "UNODC Regional Office for Eastern Africa"
HAWIMA = "Horn of Africa Women in Maritime Association"
RMC = "Roadmap for the Harmonisation of Maritime Crime Legislation in the IGAD Region"
CGPCS = "Contact Group on Piracy off the Coast of Somalia"
doc("en-30", "en", """
Back-to-office report
Nairobi, 18 June 2024
Mission to Djibouti, 11-14 June 2024
Prepared by: Ms Saoirse Ní Bhriain-Okello, Programme Officer, UNODC Regional Office for Eastern Africa
Purpose
The mission supported the Regional Validation Meeting on Maritime Crime Legislation, convened in Djibouti on 12 and 13 June by the IGAD Security Sector Program (ISSP). ISSP, a programme of the Intergovernmental Authority on Development, covers terrorism, organised crime and maritime security, and reports to the IGAD Executive Secretary.
Participants
Among those present were legal drafters from Djibouti, Somalia and Sudan; Mr Yonas Gebremariam-Holt, Director of ISSP, who chaired both days; Lieutenant Commander Ayanle Robleh Dini of the Djibouti Coast Guard; and Ms Farhiya Osman-Lindgren, Chair of the Horn of Africa Women in Maritime Association (HAWIMA). The United Nations Office on Drugs and Crime (UNODC) was represented by its Regional Representative for Eastern Africa, Mr Carlos Ibarra-Mensah, and by the author.
Outcomes
1. Delegations agreed on a model chapter on piracy and armed robbery at sea, to be inserted into national penal codes.
2. At the close of the meeting, the Roadmap for the Harmonisation of Maritime Crime Legislation in the IGAD Region was adopted. It was signed by Mr Gebremariam-Holt on behalf of IGAD and by Mr Ibarra-Mensah for UNODC.
3. HAWIMA, whose 230 members work in ports across six countries, was welcomed as an observer to the Contact Group on Piracy off the Coast of Somalia.
Follow-up
- UNODC committed to deploying a legal adviser to Mogadishu by September.
- ISSP will host the next validation meeting in Kampala in the fourth quarter.
""", [
    ("E", RVM, ["the meeting"]),
    ("E", "Mission to Djibouti", ["The mission"], True),
    ("E", "next validation meeting", [], True),
    ("O", ISSP, ["ISSP"]),
    ("O", IGAD, ["IGAD"]),
    ("O", UNODC, ["UNODC"]),
    ("O", ROEA, []),
    ("O", "United Nations", [], True),
    ("O", "Djibouti Coast Guard", []),
    ("O", HAWIMA, ["HAWIMA"]),
    ("O", CGPCS, []),
    ("A", RMC, []),
    ("P", "Saoirse Ní Bhriain-Okello", ["Ms Saoirse Ní Bhriain-Okello", "Ní Bhriain-Okello", "the author"]),
    ("P", "Yonas Gebremariam-Holt", ["Mr Yonas Gebremariam-Holt", "Mr Gebremariam-Holt", "Gebremariam-Holt"]),
    ("P", "Ayanle Robleh Dini", ["Lieutenant Commander Ayanle Robleh Dini", "Robleh Dini"]),
    ("P", "Farhiya Osman-Lindgren", ["Ms Farhiya Osman-Lindgren", "Osman-Lindgren"]),
    ("P", "Carlos Ibarra-Mensah", ["Mr Carlos Ibarra-Mensah", "Mr Ibarra-Mensah", "Ibarra-Mensah"]),
    ("P", "IGAD Executive Secretary", [], True),
    ("L", "Nairobi"), ("L", "Djibouti"), ("L", "Somalia"), ("L", "Sudan"), ("L", "Mogadishu"), ("L", "Kampala"),
    ("L", "Eastern Africa", [], True), ("L", "Horn of Africa", [], True), ("L", "IGAD Region", [], True),
], [
    (RVM, "location", "Djibouti"),
    (RVM, "startDate", "2024-06-12"),
    (RVM, "endDate", "2024-06-13"),
    (RVM, "organizer", ISSP),
    (RVM, "?organizer", IGAD),
    (RVM, "?organizer", "Yonas Gebremariam-Holt"),
    (RVM, "attendee", "Yonas Gebremariam-Holt"),
    (RVM, "attendee", "Ayanle Robleh Dini"),
    (RVM, "attendee", "Farhiya Osman-Lindgren"),
    (RVM, "attendee", "Carlos Ibarra-Mensah"),
    (RVM, "attendee", "Saoirse Ní Bhriain-Okello"),
    (RVM, "attendee", UNODC),
    (RVM, "?attendee", ISSP),
    (RVM, "?attendee", IGAD),
    (RVM, "?attendee", ROEA),
    (RVM, "?attendee", "Djibouti Coast Guard"),
    (RVM, "?attendee", HAWIMA),
    ("Mission to Djibouti", "?location", "Djibouti"),
    ("Mission to Djibouti", "?startDate", "2024-06-11"),
    ("Mission to Djibouti", "?endDate", "2024-06-14"),
    ("Mission to Djibouti", "?attendee", "Saoirse Ní Bhriain-Okello"),
    ("Mission to Djibouti", "?organizer", ROEA),
    ("next validation meeting", "?location", "Kampala"),
    ("next validation meeting", "?organizer", ISSP),
    (ISSP, "subOrganizationOf", IGAD),
    ("Saoirse Ní Bhriain-Okello", "jobTitle", "Programme Officer"),
    ("Saoirse Ní Bhriain-Okello", "memberOf", ROEA),
    ("Saoirse Ní Bhriain-Okello", "?memberOf", UNODC),
    (ROEA, "?subOrganizationOf", UNODC),
    (UNODC, "?subOrganizationOf", "United Nations"),
    ("Yonas Gebremariam-Holt", "jobTitle", "Director"),
    ("Yonas Gebremariam-Holt", "headOf", ISSP),
    ("Ayanle Robleh Dini", "jobTitle", "Lieutenant Commander"),
    ("Ayanle Robleh Dini", "memberOf", "Djibouti Coast Guard"),
    ("Farhiya Osman-Lindgren", "jobTitle", "Chair"),
    ("Farhiya Osman-Lindgren", "headOf", HAWIMA),
    ("Carlos Ibarra-Mensah", "jobTitle", "Regional Representative for Eastern Africa"),
    ("Carlos Ibarra-Mensah", "memberOf", UNODC),
    ("Carlos Ibarra-Mensah", "?headOf", ROEA),
    (HAWIMA, "?memberOf", CGPCS),
    (RMC, "party", IGAD),
    (RMC, "party", UNODC),
    (RMC, "?party", ISSP),
    (RMC, "signedAt", RVM),
    (RMC, "signedBy", "Yonas Gebremariam-Holt"),
    (RMC, "signedBy", "Carlos Ibarra-Mensah"),
    (RMC, "date", "2024-06-13"),
])
