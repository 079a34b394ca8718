"""Structured identifiers in the many ways other writers set them down: school names with
saints, "C of E", possessives and "&", bare names after school cues; references after many
cues; flats, buildings, letter blocks and rural addresses; dates of birth in many formats
after many cues; handles after platform cues; registrations in any case. Written for these
tests, not taken from any evaluation set; each must be redacted whole as its type, and the
ordinary sentences below must keep every word (no structured span)."""

from __future__ import annotations

import pytest

from sos_lang.redact import redact

MUST_REDACT = [
    # a school written again by its initials
    ("He goes to Larkhill Grammar School (they say LGS) by bus.", "SCHOOL", "LGS"),
    # a second round, written after the first passed
    ("He's in Y10 at Bradford Academy.", "SCHOOL", "Bradford Academy"),
    ("Her school is Hanson Academy.", "SCHOOL", "Hanson Academy"),
    ("School attended: Parkside", "SCHOOL", "Parkside"),
    ("Education setting: Feversham Girls' Academy", "SCHOOL", "Feversham Girls' Academy"),
    ("Yusuf attends the Madni Academy and Quran classes.", "SCHOOL", "Madni Academy"),
    ("Ruby, 7, at St Peter's C.E. Primary", "SCHOOL", "St Peter's C.E. Primary"),
    ("She goes to St Anne's RC Infant School.", "SCHOOL", "St Anne's RC Infant School"),
    ("The DSL from Highfield Middle School called.", "SCHOOL", "Highfield Middle School"),
    ("Jake attends Heathfield Primary School (Year 2).", "SCHOOL", "Heathfield Primary School"),
    ("He has a place at The Grange School from September.", "SCHOOL", "Grange School"),
    ("Leeds Jewish Free School", "SCHOOL", "Leeds Jewish Free School"),
    ("Sam is at Cowlersley Primary.", "SCHOOL", "Cowlersley Primary"),
    ("Whitcliffe Mount School reported lateness.", "SCHOOL", "Whitcliffe Mount School"),
    ("Lucy started nursery at Little Learners.", "SCHOOL", "Little Learners"),
    ("Mehmet is in Year 11 at Carlton Bolling College.", "SCHOOL", "Carlton Bolling College"),
    ("Olivia attends Woodkirk Academy, Year 8.", "SCHOOL", "Woodkirk Academy"),
    # REFERENCE
    ("PNC: 19/123456A", "REFERENCE", "19/123456A"),
    ("Ref no. 9921-AB", "REFERENCE", "9921-AB"),
    ("case ref 1234567/LS", "REFERENCE", "1234567/LS"),
    ("Her NHS no. is 123 456 7890.", "REFERENCE", "123 456 7890"),
    ("Social care ID: 450912", "REFERENCE", "450912"),
    ("Child's Mosaic number 2209187", "REFERENCE", "2209187"),
    ("police ref: 13/214522/24", "REFERENCE", "13/214522/24"),
    ("Referral ID R-2024-11873", "REFERENCE", "R-2024-11873"),
    ("The crime number is 1324 0212 876.", "REFERENCE", "1324 0212 876"),
    ("Incident reference: 0987 of 14/05/2024", "REFERENCE", "0987 of 14/05/2024"),
    ("Hospital no: M123456", "REFERENCE", "M123456"),
    ("Court ref: LS24P00432", "REFERENCE", "LS24P00432"),
    ("housing register number HR0045127", "REFERENCE", "HR0045127"),
    ("Log 523 dated 01/01/2024", "REFERENCE", "523"),
    ("ULN 1234567890", "REFERENCE", "1234567890"),
    ("EHA ref: EH/22/3341", "REFERENCE", "EH/22/3341"),
    ("Port reference LHR/1234/23", "REFERENCE", "LHR/1234/23"),
    ("Claim number 4471 9921 03", "REFERENCE", "4471 9921 03"),
    # ADDRESS
    ("Address: 16 Moor Lane, Guiseley", "ADDRESS", "16 Moor Lane"),
    ("moved to 3 Ash Grove last week", "ADDRESS", "3 Ash Grove"),
    ("They now live at 21 Hollin Park Road.", "ADDRESS", "21 Hollin Park Road"),
    ("Gran lives at 88a Queen's Road.", "ADDRESS", "88a Queen's Road"),
    ("The flat is Flat 4, 17 Regent Street.", "ADDRESS", "Flat 4, 17 Regent Street"),
    ("Home: 5 Top o' th' Close", "ADDRESS", "5 Top o' th' Close"),
    ("Mum's new tenancy is at Flat 2, The Sidings.", "ADDRESS", "Flat 2, The Sidings"),
    ("visit at 10 Chapel St, Shipley", "ADDRESS", "10 Chapel St"),
    ("Dad: Rose Farm Cottage, Moor Road, Ilkley", "ADDRESS", "Rose Farm Cottage, Moor Road"),
    ("Living with aunt at 2 Prospect Terrace.", "ADDRESS", "2 Prospect Terrace"),
    ("The address is 44 St Paul's Road.", "ADDRESS", "44 St Paul's Road"),
    ("Lives at 7 Nab View", "ADDRESS", "7 Nab View"),
    ("14 Beech Hill\nOtley\nLS21 3AX", "ADDRESS", "14 Beech Hill"),
    ("Flat 3/1, 45 Dumbarton Rd", "ADDRESS", "Flat 3/1, 45 Dumbarton Rd"),
    ("Unit 12, Canal Road Industrial Estate", "ADDRESS", "Unit 12, Canal Road"),
    ("Mum has moved to 101 Green Lane, Heaton.", "ADDRESS", "101 Green Lane"),
    ("Dad was at 9 Westgate Court.", "ADDRESS", "9 Westgate Court"),
    # DOB
    ("DOB 12/3/2015 (8 yrs)", "DATE_OF_BIRTH", "12/3/2015"),
    ("Ada (born 03.06.2019)", "DATE_OF_BIRTH", "03.06.2019"),
    ("Mum's date of birth is 2nd March 1992.", "DATE_OF_BIRTH", "2nd March 1992"),
    ("D.o.B.: 7 Feb 2016", "DATE_OF_BIRTH", "7 Feb 2016"),
    ("d.o.b 01/12/10", "DATE_OF_BIRTH", "01/12/10"),
    ("Child's DOB — 15 October 2017", "DATE_OF_BIRTH", "15 October 2017"),
    ("Tia (dob 4.4.14) and Leo (dob 9.9.16)", "DATE_OF_BIRTH", "9.9.16"),
    ("Born on 22nd of July, 2012 in Leeds.", "DATE_OF_BIRTH", "22nd of July, 2012"),
    ("Name: Sam Hirst\nDOB: 19/08/2011\nAddress: 4 Low Lane", "DATE_OF_BIRTH", "19/08/2011"),
    ("Sibling | DOB\nAmy | 2/2/2012\nBen | 3/3/2014", "DATE_OF_BIRTH", "3/3/2014"),
    ("Jay's birthday is 14th June 2015.", "DATE_OF_BIRTH", "14th June 2015"),
    ("YP born 2006-08-01 per Home Office.", "DATE_OF_BIRTH", "2006-08-01"),
    ("The baby was born on 1 March 2024 at LGI.", "DATE_OF_BIRTH", "1 March 2024"),
    ("DOB: 01-Jan-2010", "DATE_OF_BIRTH", "01-Jan-2010"),
    ("Date Of Birth 31.12.2009", "DATE_OF_BIRTH", "31.12.2009"),
    # HANDLE
    ("messaging as @jayjay_04 on insta", "HANDLE", "@jayjay_04"),
    ("Snap: lilkay2010", "HANDLE", "lilkay2010"),
    ("His TikTok is tyler.trx", "HANDLE", "tyler.trx"),
    ("Insta @ kayla.m", "HANDLE", "kayla.m"),
    ("Snapchat username - jord4n_b", "HANDLE", "jord4n_b"),
    ("she's on snap as bbygirl_x", "HANDLE", "bbygirl_x"),
    ("the Instagram account @leeds.girlz.xo", "HANDLE", "@leeds.girlz.xo"),
    # VEHICLE
    ("Registration: YD19 WXC", "VEHICLE_REG", "YD19 WXC"),
    ("reg no yd19wxc", "VEHICLE_REG", "yd19wxc"),
    ("a blue Fiesta (reg MK12 ABC)", "VEHICLE_REG", "MK12 ABC"),
    ("car: Vauxhall Corsa, LR63 TFX", "VEHICLE_REG", "LR63 TFX"),
    ("He drives a black Audi, plate WA20 YPE.", "VEHICLE_REG", "WA20 YPE"),
    ("the van, reg. ending X21 JKL", "VEHICLE_REG", "X21 JKL"),
    ("Motorbike reg: BF65 OMV", "VEHICLE_REG", "BF65 OMV"),
    # SCHOOL
    ("Tomasz is in Year 5 at St Bartholomew's C of E Primary School.",
     "SCHOOL", "St Bartholomew's C of E Primary School"),
    ("She goes to Holy Cross RC Junior School.", "SCHOOL", "Holy Cross RC Junior School"),
    ("Attends: Greenacre Church of England Academy",
     "SCHOOL", "Greenacre Church of England Academy"),
    ("Jayden has a place at Riverbank PRU since February.", "SCHOOL", "Riverbank PRU"),
    ("He was moved to The Elms Pupil Referral Unit.", "SCHOOL", "Elms Pupil Referral Unit"),
    ("Nursery: Little Sprouts Pre-School", "SCHOOL", "Little Sprouts Pre-School"),
    ("Amira attends Kirkstall Valley Primary & Nursery.",
     "SCHOOL", "Kirkstall Valley Primary & Nursery"),
    ("Tia was excluded from Hillcrest Academy for five days.", "SCHOOL", "Hillcrest Academy"),
    ("DSL at Moorlands Infant School, Mrs Petty, rang.", "SCHOOL", "Moorlands Infant School"),
    ("School: Thornton Grammar", "SCHOOL", "Thornton Grammar"),
    ("Kai (Y3 at Bankfoot) was upset.", "SCHOOL", "Bankfoot"),
    ("he's at Dixons Allerton now", "SCHOOL", "Dixons Allerton"),
    ("St Oswald's Catholic Primary reported no concerns.",
     "SCHOOL", "St Oswald's Catholic Primary"),
    ("Poppy started at Rainbow Corner Day Nursery on Monday.",
     "SCHOOL", "Rainbow Corner Day Nursery"),
    ("He studies at Kirklees College on a bricklaying course.", "SCHOOL", "Kirklees College"),
    ("Sami is on roll at Fagley Primary but has not attended.", "SCHOOL", "Fagley Primary"),
    ("Education: Sandal Magna Community Academy", "SCHOOL", "Sandal Magna Community Academy"),
    ("Current school - Outwood Academy City", "SCHOOL", "Outwood Academy City"),
    ("She moved to Abbey Grange Church of England Academy in Year 10.",
     "SCHOOL", "Abbey Grange Church of England Academy"),
    ("Lily is in reception at Southmere Primary.", "SCHOOL", "Southmere Primary"),
    ("The head of year at Titus Salt School called.", "SCHOOL", "Titus Salt School"),
    ("He goes to Men's Sheds on Friday; his son attends Buttershaw Business & Enterprise College.",
     "SCHOOL", "Buttershaw Business & Enterprise College"),
    ("Twins attend Ladybird Montessori Nursery.", "SCHOOL", "Ladybird Montessori Nursery"),
    ("Jack's school (Laisterdyke Leadership Academy) raised it.",
     "SCHOOL", "Laisterdyke Leadership Academy"),
    ("St. Cuthbert's RC Primary School", "SCHOOL", "St. Cuthbert's RC Primary School"),
    ("Ellis goes to Marshfield First School.", "SCHOOL", "Marshfield First School"),
    ("Faisal is at Bradford Girls' Grammar School.", "SCHOOL", "Bradford Girls' Grammar School"),
    ("The Sixth Form at Greenhead College said he is doing well.", "SCHOOL", "Greenhead College"),
    ("she's yr 9 at Belle Vue Girls'", "SCHOOL", "Belle Vue Girls'"),
    # REFERENCE
    ("Crime ref: 13240098123/23", "REFERENCE", "13240098123/23"),
    ("Police reference number is WY-2024-0071123.", "REFERENCE", "WY-2024-0071123"),
    ("Incident 0451 of 3rd March", "REFERENCE", "0451 of 3rd March"),
    ("Our ref: SC/CP/4471", "REFERENCE", "SC/CP/4471"),
    ("MASH no 24-118392", "REFERENCE", "24-118392"),
    ("Mosaic: 1189002", "REFERENCE", "1189002"),
    ("LCS ID 55312", "REFERENCE", "55312"),
    ("Court case no. BD25C00412 listed for 4 March.", "REFERENCE", "BD25C00412"),
    ("Hospital number K4471209 on the discharge letter.", "REFERENCE", "K4471209"),
    ("Housing application ref HA/2024/77120", "REFERENCE", "HA/2024/77120"),
    ("HO ref: B1123456", "REFERENCE", "B1123456"),
    ("Home Office reference X1234567/002", "REFERENCE", "X1234567/002"),
    ("CRN 4471-2290-11", "REFERENCE", "4471-2290-11"),
    ("Log no. 1342 dated 12/01/24", "REFERENCE", "1342"),
    ("Case #88213 was closed.", "REFERENCE", "88213"),
    ("The referral (ref. CP-24-00981) was accepted.", "REFERENCE", "CP-24-00981"),
    ("Police log number 0712/14JAN24", "REFERENCE", "0712/14JAN24"),
    ("PNC ID 24/118833X", "REFERENCE", "24/118833X"),
    ("Occurrence number 14240119333", "REFERENCE", "14240119333"),
    ("ContrOCC ID: 77321", "REFERENCE", "77321"),
    ("His UPN is H801234567012.", "REFERENCE", "H801234567012"),
    ("Tenancy ref 00451129", "REFERENCE", "00451129"),
    ("the NASS ref is 2211334", "REFERENCE", "2211334"),
    ("Incident number 1902 – 14/03/2024", "REFERENCE", "1902 – 14/03/2024"),
    # ADDRESS
    ("Address: Flat 3B, Sycamore Court, Leeds LS8 2QT", "ADDRESS", "Flat 3B, Sycamore Court"),
    ("They live at 14A Raglan Street.", "ADDRESS", "14A Raglan Street"),
    ("Now at 27 Beech Avenue, Bramley.", "ADDRESS", "27 Beech Avenue"),
    ("New address: Highfield House, Moor Top Road, Ovenden",
     "ADDRESS", "Highfield House, Moor Top Road"),
    ("c/o 9 Nab Lane", "ADDRESS", "9 Nab Lane"),
    ("Mum is living at the refuge; Nan's is 3 Poplar Mount.", "ADDRESS", "3 Poplar Mount"),
    ("Flat 12\nWillow Court\n4 Tennyson Street\nKeighley\nBD21 3RQ",
     "ADDRESS", "Flat 12\nWillow Court\n4 Tennyson Street"),
    ("Dad stays at 45b Victoria Rd most weekends.", "ADDRESS", "45b Victoria Rd"),
    ("Family live at Holly Tree Farm, Stainland Road.",
     "ADDRESS", "Holly Tree Farm, Stainland Road"),
    ("Apt 4, 19 Queens Road", "ADDRESS", "Apt 4, 19 Queens Road"),
    ("Placement: 6 Church View, Slaithwaite", "ADDRESS", "6 Church View"),
    ("home visit to 101 Cardigan Rd", "ADDRESS", "101 Cardigan Rd"),
    ("She has moved into 2nd Floor Flat, 88 Manningham Lane.",
     "ADDRESS", "2nd Floor Flat, 88 Manningham Lane"),
    ("Address - 33 Hawthorn Crescent, Batley", "ADDRESS", "33 Hawthorn Crescent"),
    ("Grandparents: The Old Vicarage, Church Street, Haworth",
     "ADDRESS", "The Old Vicarage, Church Street"),
    ("She lives at Meadow Bank Cottage.", "ADDRESS", "Meadow Bank Cottage"),
    ("Flat 7, Block C, Ryecroft Estate", "ADDRESS", "Flat 7, Block C"),
    ("lives at 12 Wood Lane, Rothwell", "ADDRESS", "12 Wood Lane"),
    ("Dad's flat is 5/3, 27 Argyle Street.", "ADDRESS", "5/3, 27 Argyle Street"),
    # DOB
    ("D.O.B: 12.10.2015", "DATE_OF_BIRTH", "12.10.2015"),
    ("dob 3/7/19", "DATE_OF_BIRTH", "3/7/19"),
    ("Child 2 - DOB 2019-04-17", "DATE_OF_BIRTH", "2019-04-17"),
    ("He was born 1st June 2016 in Bradford.", "DATE_OF_BIRTH", "1st June 2016"),
    ("Date of Birth: 30th Sept 2011", "DATE_OF_BIRTH", "30th Sept 2011"),
    ("Mia (DOB 14/08/2017) lives with mum.", "DATE_OF_BIRTH", "14/08/2017"),
    ("Birth date 04-11-2012", "DATE_OF_BIRTH", "04-11-2012"),
    ("Her claimed date of birth is 01/01/2008 but the age assessment gave 10/05/2006.",
     "DATE_OF_BIRTH", "10/05/2006"),
    ("Name: Ola Nowak  DOB: 11 Nov 2014", "DATE_OF_BIRTH", "11 Nov 2014"),
    ("Child | Date of birth | Age\nAli | 02.03.2016 | 8", "DATE_OF_BIRTH", "02.03.2016"),
    ("Zara, born on the 5th of April 2013, is the eldest.", "DATE_OF_BIRTH", "5th of April 2013"),
    ("DOB's: 12/1/14 & 7/9/16", "DATE_OF_BIRTH", "7/9/16"),
    ("Date of birth (claimed): 01/01/2007", "DATE_OF_BIRTH", "01/01/2007"),
    ("YP's DOB is March 3rd, 2009.", "DATE_OF_BIRTH", "March 3rd, 2009"),
    ("Mum (d.o.b 22/06/1994) attended.", "DATE_OF_BIRTH", "22/06/1994"),
    ("b. 17/05/2020", "DATE_OF_BIRTH", "17/05/2020"),
    ("DOB:12/02/2018", "DATE_OF_BIRTH", "12/02/2018"),
    ("Born: 9 February 2015 at LGI", "DATE_OF_BIRTH", "9 February 2015"),
    ("DOB / Age: 09/09/2009 (14)", "DATE_OF_BIRTH", "09/09/2009"),
    ("Date of birth - 12th December 2010", "DATE_OF_BIRTH", "12th December 2010"),
    # HANDLE
    ("Her Insta is @lola.x.x", "HANDLE", "@lola.x.x"),
    ("snapchat: jaydon_2k9", "HANDLE", "jaydon_2k9"),
    ("He goes by bigman_t on TikTok.", "HANDLE", "bigman_t"),
    ("She added him on snap (kayden.xo).", "HANDLE", "kayden.xo"),
    ("TikTok username: @ellie_mayxx", "HANDLE", "@ellie_mayxx"),
    ("His gamer tag is DarkRider77.", "HANDLE", "DarkRider77"),
    ("The account sending messages is called 'lilbaby_2010'.", "HANDLE", "lilbaby_2010"),
    ("Instagram handle - princesss.k", "HANDLE", "princesss.k"),
    ("Facebook name: Jay Smithy", "HANDLE", "Jay Smithy"),
    ("whatsapp from unknown, snap: xkxm", "HANDLE", "xkxm"),
    # VEHICLE
    ("Black BMW, reg KX68 OPL", "VEHICLE_REG", "KX68 OPL"),
    ("car reg is yj67 tzr", "VEHICLE_REG", "yj67 tzr"),
    ("He drives a blue Ford Focus (BD15ABC).", "VEHICLE_REG", "BD15ABC"),
    ("White Transit van, registration number R123 XYZ.", "VEHICLE_REG", "R123 XYZ"),
    ("VRM: LC19 YHT", "VEHICLE_REG", "LC19 YHT"),
    ("An older car, M684 KDT, was seen.", "VEHICLE_REG", "M684 KDT"),
    ("reg plate ending 'YT21 FGH'", "VEHICLE_REG", "YT21 FGH"),
    ("Vehicle: silver Golf FD62XRT", "VEHICLE_REG", "FD62XRT"),
    ("the taxi (pk21 wsx) dropped her off", "VEHICLE_REG", "pk21 wsx"),
    # a date set against a date of birth, and one set against that (chained), in the
    # Solar Hijri calendar of an Afghan tazkira too
    ("His DOB is 3 May 2008, which the age assessment wrote as 03/05/2007; his tazkira says "
     "12 Sawr 1387.", "DATE_OF_BIRTH", "03/05/2007"),
    ("His DOB is 3 May 2008, which the age assessment wrote as 03/05/2007; his tazkira says "
     "12 Sawr 1387.", "DATE_OF_BIRTH", "12 Sawr 1387"),
    # a school again by its name without its kind
    ("Tamsin (Brookfield Academy, Y8) was late.\nRegards\nHead of Year, Brookfield", "SCHOOL",
     "Brookfield"),
    # a health number labelled CHI (Scotland), and a plate near a vehicle word
    ("CHI no: 1503104338", "NHS_NUMBER", "1503104338"),
    ("Dad's lorry was seen again. It is hx71 rdp.", "VEHICLE_REG", "hx71 rdp"),
    # a house's name of any words before the street, after an address cue or in a letter
    ("Home address: Rosedene, 14 Park Avenue, Keighley", "ADDRESS", "Rosedene, 14 Park Avenue"),
    ("Address: The Old Forge, Church Lane, Ouseburn", "ADDRESS", "The Old Forge, Church Lane"),
    ("Dad stays at Ivy Lodge, 2 Chapel Fold most weekends.", "ADDRESS",
     "Ivy Lodge, 2 Chapel Fold"),
    ("Dear Ms Rees\nPen y Bryn, 21 Station Road\nBala", "ADDRESS", "Pen y Bryn, 21 Station Road"),
    ("Last known address Fernleigh, 3 Tod Lane; no phone.", "ADDRESS", "Fernleigh, 3 Tod Lane"),
    ("New address is Upper Flat, 4 Beck Side.", "ADDRESS", "Upper Flat, 4 Beck Side"),
    ("Current address: Room 4, Aire View Hostel, 8 Park Road", "ADDRESS",
     "Room 4, Aire View Hostel, 8 Park Road"),
    ("Dad - 4 Cross Hills, Kippax", "ADDRESS", "4 Cross Hills"),
    # a CSV export pasted into a record: cells under its header's labels
    ("name,dob,nhs_no\nTeo Lim,04/04/2014,4010232137", "DATE_OF_BIRTH", "04/04/2014"),
    ("child_name,date_of_birth,school\nAmir Khan,02/03/2016,Lidget Green", "SCHOOL",
     "Lidget Green"),
    # the date of another person listed after a date of birth with "and"
    ("Mother's DOB 3/3/1990 and father's 4/4/1988.", "DATE_OF_BIRTH", "4/4/1988"),
    # a court's order keeps its number a reference; a purchase's does not (below)
    ("Court order ref CO/2291 made.", "REFERENCE", "CO/2291"),
    ("Placement order no. 12/22914 was made.", "REFERENCE", "12/22914"),
    ("Ticket KRW-5520193 raised.", "REFERENCE", "KRW-5520193"),
    # a school's name with a Welsh article, initials, the ages it takes or "of Further
    # Education" after its kind; a Welsh-medium school in lower case
    ("Ffion is in Year 8 at Bryn y Môr High School.", "SCHOOL", "Bryn y Môr High School"),
    ("She goes to Ysgol T. Llew Jones now.", "SCHOOL", "Ysgol T. Llew Jones"),
    ("He moved to Kirkstall Valley 4-19 School in May.", "SCHOOL",
     "Kirkstall Valley 4-19 School"),
    ("She starts at Calder Vale College of Further Education in September.", "SCHOOL",
     "Calder Vale College of Further Education"),
    ("tyler's at ysgol yr eifl now per nan", "SCHOOL", "ysgol yr eifl"),
    # a school by its saint alone, speaking as a school; by its name where a child's kit goes
    ("Mum rang: St Bede's say she was sent home ill from class.", "SCHOOL", "St Bede's"),
    ("PE kit left at home; dad will drop it to Harden Moss at lunch.", "SCHOOL", "Harden Moss"),
    # a list of qualifiers before the kind; "church" inside a lower-case school's name
    ("She left Fenby CE Infant, Junior and Early Years School in July.", "SCHOOL",
     "Fenby CE Infant, Junior and Early Years School"),
    ("mum says jo at st john's church rc since sept", "SCHOOL", "st john's church rc"),
    # an address under a table's Address header (a CSV row's comma before it); a house named
    # by a dwelling word before a numbered street; a Welsh farm or house by its dwelling word;
    # a flat alone after an address cue; a Traveller site named by its lane
    ("Child,Address,Postcode\nAmir Khan,Flat 3 Rowan Court,LS6 1AA", "ADDRESS",
     "Flat 3 Rowan Court"),
    ("Name,Address\nTia Bell,27 Moor Lane", "ADDRESS", "27 Moor Lane"),
    ("Placement: Moss Side Farm, 12 Intake Lane, Dent.", "ADDRESS",
     "Moss Side Farm, 12 Intake Lane"),
    ("Post goes to Fern Dene, 7 Well Lane, Haworth.", "ADDRESS", "Fern Dene, 7 Well Lane"),
    ("They rent Hendre Fawr from the estate.", "ADDRESS", "Hendre Fawr"),
    ("Letters go to Tŷ Gwyn, Llanfair, near Ruthin.", "ADDRESS", "Tŷ Gwyn"),
    ("Home address: Maisonette 3, above the chip shop.", "ADDRESS", "Maisonette 3"),
    ("The family live at Pitch 6, Clayfield Lane site, Selby.", "ADDRESS",
     "Pitch 6, Clayfield Lane site"),
    # a handle with a dot and no digit after "account"
    ("Her account is jade.xo, she says.", "HANDLE", "jade.xo"),
    # a date of birth asked for in one clause and given by a record in the next
    ("Mum did not give Ali's DOB; the school record shows 14/02/2014.", "DATE_OF_BIRTH",
     "14/02/2014"),
    # an address line before its town and postcode, whatever word ends the street
    ("Address: Mill Cottage, 4 Rush Fen, Wisbech PE13 4RT", "ADDRESS", "Mill Cottage, 4 Rush Fen"),
    ("Dad: Leon Price, 31 Tanyard Reach, Barnsley S70 2HX, mob", "ADDRESS", "31 Tanyard Reach"),
    ("Seen at Flat 3, Kestrel Point, 20 Long Acre, Luton LU1 2AB", "ADDRESS",
     "Flat 3, Kestrel Point, 20 Long Acre"),
    ("Attended 2 Ferry Cottages, Holme Staithe, Hunstanton PE36 6LT", "ADDRESS",
     "2 Ferry Cottages, Holme Staithe"),
    ("Address: Le Vieux Puits, Rue du Moulin, St Martin GY4 6XX", "ADDRESS",
     "Le Vieux Puits, Rue du Moulin"),
    # a CSV cell after a comma, under a "last address" header
    ("name,last address,status\nNOOR Aisha,Flat 5, 12 Brook Lane,missing", "ADDRESS",
     "Flat 5, 12 Brook Lane"),
    # a house number in words; a flat placed by where it is; a house before a street
    ("He says he lives at number seven Hawthorn Close.", "ADDRESS", "number seven Hawthorn Close"),
    ("the lad who lives flat 2 above the bakery", "ADDRESS", "flat 2"),
    ("I visited Bay View, 6 Harbour Road, on Friday.", "ADDRESS", "Bay View, 6 Harbour Road"),
    ("They are staying at Bryn Hyfryd, 3 Maes y Coed with her aunt.", "ADDRESS",
     "Bryn Hyfryd, 3 Maes y Coed"),
    ("Found outside 14 Old Northgate last night.", "ADDRESS", "14 Old Northgate"),
    # a Polish school, kind first; a site in brackets after the kind; a colon after the town
    ("Before the move she was at Szkoła Podstawowa nr 14 w Gdańsku for two years.", "SCHOOL",
     "Szkoła Podstawowa nr 14 w Gdańsku"),
    ("Saturdays: Przedszkole nr 5 im. Marii Konopnickiej, then home.", "SCHOOL",
     "Przedszkole nr 5 im. Marii Konopnickiej"),
    ("Setting: Tiny Steps Day Nursery (Harbour Site)", "SCHOOL",
     "Tiny Steps Day Nursery (Harbour Site)"),
    ("Concern raised by St Aidan's RC Primary, Wigan: Mia was hungry.", "SCHOOL",
     "St Aidan's RC Primary, Wigan"),
    # email forms: an apostrophe, "at" and "dot" written out
    ("Copy to SEAN.O'HARA@FOSTERING.EXAMPLE.ORG please.", "EMAIL",
     "SEAN.O'HARA@FOSTERING.EXAMPLE.ORG"),
    ("she gave it as kayla.moss [at] outlook [dot] com on the form", "EMAIL",
     "kayla.moss [at] outlook [dot] com"),
    # a profile's web address; a registration with a capital first
    ("His page is instagram.com/deano.b_07 apparently.", "HANDLE", "instagram.com/deano.b_07"),
    ("the van outside again, Yc21 Hbn, engine running", "VEHICLE_REG", "Yc21 Hbn"),
    # a date of birth with its cue after it
    ("jaz (03/03/2017 dob) in the kitchen", "DATE_OF_BIRTH", "03/03/2017"),
    # schools abroad named kind first; a creche
    ("Before coming she was at Escola Básica de Tavira for a year.", "SCHOOL",
     "Escola Básica de Tavira"),
    ("He was at Liceul Tehnologic Nr 2 in Iasi.", "SCHOOL", "Liceul Tehnologic Nr 2"),
    ("The twins go to Humpty Dumpty Creche on Tuesdays.", "SCHOOL", "Humpty Dumpty Creche"),
    # written-out emails; handles on more platforms; registrations spaced or hyphenated
    ("her email was sara.k(at)outlook.com on the form", "EMAIL", "sara.k(at)outlook.com"),
    ("said to use mo dot rahman at hotmail dot co dot uk", "EMAIL",
     "mo dot rahman at hotmail dot co dot uk"),
    ("sent it to dan @ gmail.com by mistake", "EMAIL", "dan @ gmail.com"),
    ("Roblox name: ghost_rider_99 was the one messaging", "HANDLE", "ghost_rider_99"),
    ("the silver Corsa, MA 17 KLP, was parked up", "VEHICLE_REG", "MA 17 KLP"),
    ("van reg WR21-KPX seen twice", "VEHICLE_REG", "WR21-KPX"),
    # a key-value table's | after the cue
    ("DOB | 2014-06-02\nSchool | Marsh Lane Primary", "DATE_OF_BIRTH", "2014-06-02"),
    ("Crime ref | 13/50219/25", "REFERENCE", "13/50219/25"),
    ("Address | 9 Tenter Croft | since May", "ADDRESS", "9 Tenter Croft"),
    # a place after a comma that ends a school field's line is the school's
    ("Nursery: Tiny Feet, Moss Side\nTel: 0161 496 0000", "SCHOOL", "Tiny Feet, Moss Side"),
]

MUST_KEEP = [
    "Section 47 enquiry started on 12/03/2024; S20 not agreed; CIN plan reviewed.",
    "The CP conference is at 10:30 in Room 4, Civic Centre.",
    "Mum earns £1,250 a month and pays £95.50 rent a week.",
    "The M62 was closed between J26 and J27; the A641 too.",
    "He scored 24/30 on the SDQ and 17 on the DASH.",
    "Emma attended the ICPC and the core group; she attends CAMHS.",
    "The family attends the mosque on Fridays and Scouts on Tuesdays.",
    "She was born in Eritrea and came to the UK in 2019 aged 14.",
    "The school said he is in Year 6 and doing well in Maths.",
    "Her new school is a long bus ride away; the nursery was closed.",
    "He was seen at Leeds General Infirmary and St James's Hospital.",
    "The review is on 14 May 2025 at 2pm at Merrion House.",
    "Phone call at 09:15, 1 hr 20 mins; 3 calls in all.",
    "Bus 72 to Shipley; Platform 2; Gate 14.",
    "She has a case of head lice; the case was closed in 2022.",
    "The log shows 14 visits between 2021 and 2023.",
    "Incident on 04/06 at the park; no crime number given.",
    "He is 6 ft 2 and weighs 80kg; shoe size 9.",
    "Mum's account of events was clear and consistent.",
    "He struggles to handle change and goes by bus to college.",
    "She uses Snapchat and TikTok a lot, mostly at night.",
    "He has a car and a van; the car broke down on the A58.",
    "Dad drives a taxi for 40 hours a week.",
    "The Primary School and the Academy Trust both wrote.",
    "Forest School on Wednesdays; Sunday School at church.",
    "Children's Centre, Family Hub and Early Help Hub staff attended.",
    "Baby was due on 02/02/2024 and was born at 36 weeks.",
    "She turns 16 on 3 May; her birthday party is on the 4th.",
    "Room 101 of the Civic Hall; Ward 24 at the LGI.",
    "Version 2.3.1 of the form; Appendix B; page 14 of 22.",
    "Ofsted rated it Good in 2023; the Trust has 12 schools.",
    "He moved to Leeds in 2020 and lives with Gran in Harehills.",
    "She is in Y6 at the local school and likes it.",
    "Mum attended Court on 12/12/2023; the hearing lasted 2 hours.",
    "The flat is on the 3rd floor; Flat 2 is empty.",
    "She has been in 3 placements since 2021.",
    "Case 2 of 5 in the sibling group; child 3 is 4 years old.",
    "Referral no. 2 came from the school; ref 3 from the GP.",
    "At her school, Kim is the DSL, and she rang.",
    "The LGS report and the GCSE results came.",
    "She had to miss school and change school twice; his car is in bay 12.",
    "He started at Morrisons in June; his son is in Year 3.",
    # a table's header labels are no handles; a court's heading is no address
    "pupil_name,upn_no,new_school\nnot known,none,tbc",
    "IN THE COUNTY COURT AT KIRKBY VALE\nHearing listed for 2 days.",
    "Mum, Dad, Nan\nwent out, came back, fine",
    # numbers of bills and purchases identify a payment, not a person
    "Invoice 2231/7 for £85.00 was paid by the team.",
    "Order no. 44120 placed for the bed; receipt 7781/22 attached.",
    "Paid by cheque no. 100234; invoice number INV-2291 sent to finance.",
    "Invoice 2088445260 for the taxi was paid.",
    "Saved as core_group_notes.docx and scan_0412.pdf on the drive.",
    # a town after "the school at", a service called a school, a football club's juniors,
    # a hospital by its saint, a sight where a child is taken
    "Snow closed the school at Filey and the nursery at Hunmanby.",
    "The Virtual School Head attended the PEP meeting.",
    "He plays for Rawdon Juniors FC on Sundays.",
    "The school nurse said St Luke's rang about his asthma after a night on the ward.",
    "After school we will take them to Kirkstall Abbey; PE kit is at Nan's.",
    "He went to church school as a boy; the Primary, Nursery and Early Years team met.",
    # a person called Ty, a street named after a farm, a table's address cell with no number
    "Ty Walsh came with Ty's mum; they live near the Hafod Road shops.",
    "Name,Address\nTia Bell,not known",
    # an account of events; a file's name at a sentence's end
    "Her account of events was consistent; see account_notes.docx.",
    # a record's date given as something else
    "DOB on file; the system shows 03/11/2024 as the last visit.",
    # a number of things
    "The number of visits rose to nine; number two on the list is housing.",
    # a month and year, a year range after a label, pages of a bundle
    "03/2025 moved to supported lodgings; baby due 11/2026.",
    "Previous involvement: CIN 2021-22 (closed), CP 2023-24.",
    "Bundle pages 212-340 and paras 14-209 refer.",
    # "at" and "dot" as words
    "She was at home; the dot on the map was the school.",
    # a kind word of another language alone; an @ for a time
    "She went to a colegio in Spain and the liceo was closed.",
    "Meet @ 2pm at the hub; look it up at google dot maps.",
    # readings and scores with a slash, roads joined, a table header of cues
    "BP 120/80, SATs 104/100, SDQ 23/40; the A64/A1237 junction.",
    "Name | DOB | Address | Crime ref\nnot known | not known | NFA | none",
]


@pytest.mark.parametrize(("text", "kind", "secret"), MUST_REDACT)
def test_each_identifier_is_redacted_whole(text: str, kind: str, secret: str) -> None:
    _, spans = redact(text, use_model=False)
    start = text.index(secret)
    assert all(any(s.start <= i < s.end and s.kind == kind for s in spans)
               for i in range(start, start + len(secret)) if text[i].isalnum()), spans


@pytest.mark.parametrize("text", MUST_KEEP)
def test_ordinary_sentences_keep_their_words(text: str) -> None:
    _, spans = redact(text, use_model=False)
    assert [(s.kind, s.text) for s in spans if s.kind != "NAME"] == []


def test_an_address_stops_at_its_line_and_before_a_title() -> None:
    """The town on the line after an address cue's street, and a titled person before a
    street, are not the address."""
    text = "Address: 12 Kirkgate\nWakefield\nPost c/o Mrs Dar, 6 Tarn Lane"
    _, spans = redact(text, use_model=False)
    assert [s.text for s in spans if s.kind == "ADDRESS"] == ["12 Kirkgate", "6 Tarn Lane"]


def test_a_school_again_by_its_name_but_not_the_place_it_is_named_after() -> None:
    text = "Brookfield Academy rang. DSL, Brookfield. The family lived in Brookfield before."
    _, spans = redact(text, use_model=False)
    schools = [s.start for s in spans if s.kind == "SCHOOL"]
    assert schools == [0, text.index("Brookfield.")]


def test_a_handle_found_once_is_redacted_at_every_mention() -> None:
    """A chat's speaker labels give a handle without the cue that found it, with or without
    its @."""
    text = "kez.b: come out\njade.xo: cant\nThe account kez.b is Kezia's; @jade.xo is Jade's."
    _, spans = redact(text, use_model=False)
    handles = [s.text for s in spans if s.kind == "HANDLE"]
    assert handles == ["kez.b", "jade.xo", "kez.b", "@jade.xo"]


def test_a_person_before_an_address_is_no_house() -> None:
    """A surname that is also a house word (Croft) before a street keeps its person: only the
    street is the address."""
    text = "Carer: Sam Croft, 4 Oak Road"
    _, spans = redact(text, use_model=False)
    assert [s.text for s in spans if s.kind == "ADDRESS"] == ["4 Oak Road"]



def test_an_address_line_before_its_postcode_needs_a_house_or_a_street() -> None:
    """A count or a status before a town and postcode is no address; a person before the
    house number stays a name, the town stays out."""
    text = ("Seen 3 times, Leeds LS6 2AB. Address: not known, Leeds LS6 2AB.\n"
            "Mum: Kerry Vance, 8 Salt Pans, Goole DN14 5AA")
    _, spans = redact(text, use_model=False)
    assert [s.text for s in spans if s.kind == "ADDRESS"] == ["8 Salt Pans"]


def test_a_school_named_after_its_town_is_the_town_after_an_address() -> None:
    """A school's name without its kind, straight after an address and its comma, is the
    address's town; elsewhere it is the school again."""
    text = ("Ella (Y9, Holbrook Community College). Lives at 4 Mill Street, Holbrook since May. "
            "DSL, Holbrook.")
    _, spans = redact(text, use_model=False)
    schools = [s.start for s in spans if s.kind == "SCHOOL"]
    assert schools == [text.index("Holbrook Community"), text.rindex("Holbrook")]


# Sentences written for the purpose (issue 16, tenth round): an address's whole extent,
# from its units, building and house name to its street (family: addresses found in part).
ADDRESS_EXTENTS = [
    ("Visit to 3F2, 27 Easter Road, Edinburgh EH7 5PL today.", "3F2, 27 Easter Road"),
    ("Address: Apartment 12, The Old Tannery, 4 Mill Street, Frome BA11 1AB.",
     "Apartment 12, The Old Tannery, 4 Mill Street"),
    ("Carer: Iain Baird, Woodlea, 14 Station Brae, Kelso TD5 7AB.", "Woodlea, 14 Station Brae"),
    ("Home: Pen y Bryn, Heol y Dderwen, Bala LL23 7AB.", "Pen y Bryn, Heol y Dderwen"),
    ("staying at flat 4 block b, 22 green st w/ his cousin", "flat 4 block b, 22 green st"),
    ("He gave his address as Nant y Coed, Ffordd Las, Ruthin LL15 1AB.",
     "Nant y Coed, Ffordd Las"),
    ("lives at Static Caravan 12, Riverside Holiday Park, Towyn LL22 9AB.",
     "Static Caravan 12, Riverside Holiday Park"),
    ("Stored at Unit 9, Brook Road Trading Estate, Wigan WN5 0AB.",
     "Unit 9, Brook Road Trading Estate"),
    ("Room: Flat 2 Room 4, Rutherford Hall.", "Flat 2 Room 4, Rutherford Hall"),
    ("Letters to Rose Cottage, 4 Oak Road, Leeds LS6 2AB.", "Rose Cottage, 4 Oak Road"),
    ("Winter quarters: Yard 2, Marsh Lane, Bilston WV14 0AB.", "Yard 2, Marsh Lane"),
    ("Client: Ann Roe, Elm Farmhouse, Mill Lane, Wells BA5 1AB.", "Elm Farmhouse, Mill Lane"),
]


@pytest.mark.parametrize(("text", "address"), ADDRESS_EXTENTS)
def test_an_address_is_found_whole(text: str, address: str) -> None:
    _, spans = redact(text, use_model=False)
    assert [s.text for s in spans if s.kind == "ADDRESS"] == [address]


@pytest.mark.parametrize(("text", "address"), [
    ("Mum: Kirsty Grimshaw, 49 Audley Range, Blackburn BB1 1TD", "49 Audley Range"),
    ("host is Jill Pennock, Woodside Barn, Hollins Lane, Skipton.", "Woodside Barn, Hollins Lane"),
    ("Family: Leonie Marsden and Tyler-Jay Marsden, Flat 4a, 61 Town Street, Armley LS12 3HX",
     "Flat 4a, 61 Town Street"),
    ("We met at Gran's, 4 Oak Road.", "4 Oak Road"),
    ("Mum, 4 Oak Road, Leeds LS6 2AB.", "4 Oak Road"),
])
def test_a_person_or_a_word_before_an_address_stays_out(text: str, address: str) -> None:
    _, spans = redact(text, use_model=False)
    assert [s.text for s in spans if s.kind == "ADDRESS"] == [address]


@pytest.mark.parametrize(("text", "identifier", "kind", "address"), [
    ("NI: AB123456C, 4 Mill Lane, Leeds LS1 4AB", "AB123456C", "NI_NUMBER", "4 Mill Lane"),
    ("Ref 12345678, 4 Mill Lane, Leeds LS1 4AB", "12345678", "REFERENCE", "4 Mill Lane"),
    ("NI number AB 12 34 56 C, Flat 2, 10 High St, York YO1 7HH", "AB 12 34 56 C", "NI_NUMBER",
     "Flat 2, 10 High St"),
])
def test_an_identifier_before_an_address_is_no_house(text: str, identifier: str, kind: str,
                                                     address: str) -> None:
    """Family: an address's lead (a house's name) taking in another identifier found on its
    line; the identifier keeps its own kind and the address starts after it."""
    _, spans = redact(text, use_model=False)
    assert [s.text for s in spans if s.kind == "ADDRESS"] == [address]
    assert [s.text for s in spans if s.kind == kind] == [identifier]


# Dates of birth in Welsh, in words (with their "the"), and given again in another form
# straight after.
@pytest.mark.parametrize(("text", "dates"), [
    ("Ffion, date of birth 12 Hydref 2001, lives in Bala.", ["12 Hydref 2001"]),
    ("Gwen Roberts, DOB 1af Mawrth 2010.", ["1af Mawrth 2010"]),
    ("Mum says his date of birth is the twenty-first of the third 2012.",
     ["the twenty-first of the third 2012"]),
    ("DOB 2 Medi 1996 (written in Welsh; 2 September 1996).", ["2 Medi 1996", "2 September 1996"]),
    ("DOB 13 Aban 1369 (Iranian calendar; 4 November 1990).",
     ["13 Aban 1369", "4 November 1990"]),
    ("his date of birth is the fifth of the tenth 2014, um, 05/10/2014.",
     ["the fifth of the tenth 2014", "05/10/2014"]),
    ("DOB 02/03/2015 (seen 4/4/2024 at clinic).", ["02/03/2015"]),
    ("She was born on 3 May 2014, so she is 10, and started school on 4 September 2018.",
     ["3 May 2014"]),
    ("The review is on the fifth of the tenth 2025; mai 2024 was busy.", []),
])
def test_dates_of_birth_in_other_forms(text: str, dates: list[str]) -> None:
    _, spans = redact(text, use_model=False)
    assert [s.text for s in spans if s.kind == "DATE_OF_BIRTH"] == dates


# Schools of a pastime or a trade are no schools; a Scottish nursery's full name is one.
@pytest.mark.parametrize(("text", "schools"), [
    ("Kian goes to Kicks Football Academy on Saturdays and attends Oakwood Academy.",
     ["Oakwood Academy"]),
    ("Note - Bright Lights Stage School, Leeds. Pupil: Amy, 9.", []),
    ("She started at Riverside Primary School and Hillside Dance Academy.",
     ["Riverside Primary School"]),
    ("Child: Isla Reid, at Thornhill Early Learning and Childcare Centre.",
     ["Thornhill Early Learning and Childcare Centre"]),
])
def test_activity_schools_and_early_learning_centres(text: str, schools: list[str]) -> None:
    _, spans = redact(text, use_model=False)
    assert [s.text for s in spans if s.kind == "SCHOOL"] == schools


@pytest.mark.parametrize(("text", "addresses"), [
    ("Old address: Lilac Cottage, Much Wenlock.", ["Lilac Cottage"]),
    ("Address | Brook Farm | Kendal", ["Brook Farm"]),
    ("Address: Rose Cottage Road area, Leeds.", []),
])
def test_a_house_named_by_its_dwelling_word_after_an_address_field(
        text: str, addresses: list[str]) -> None:
    _, spans = redact(text, use_model=False)
    assert [s.text for s in spans if s.kind == "ADDRESS"] == addresses
