//! The names of the synthetic people, by origin: the usual spellings of each, as people write them and as Italian offices transcribe them.

/// A name as spelled by different offices, and as written in its own script.
pub(super) struct Name {
    pub(super) spellings: &'static [&'static str],
    pub(super) script: Option<&'static str>,
}

pub(super) const fn n(spellings: &'static [&'static str], script: Option<&'static str>) -> Name {
    Name { spellings, script }
}

/// A country of origin: ISO code, language, weight, given and family names.
pub(super) struct Origin {
    pub(super) country: &'static str,
    pub(super) lang: &'static str,
    pub(super) weight: u32,
    pub(super) given: &'static [Name],
    pub(super) family: &'static [Name],
}

pub(super) const ARABIC_GIVEN: &[Name] = &[
    n(
        &["Mohamed", "Muhammad", "Mohammed", "Mohammad"],
        Some("محمد"),
    ),
    n(&["Ahmed", "Ahmad"], Some("أحمد")),
    n(&["Youssef", "Yusuf", "Youssouf"], Some("يوسف")),
    n(&["Fatima", "Fatma", "Fatimah"], Some("فاطمة")),
    n(&["Khadija", "Khadidja"], Some("خديجة")),
    n(&["Said", "Saeed"], Some("سعيد")),
    n(&["Amina", "Aminah"], Some("أمينة")),
    n(&["Omar", "Umar"], Some("عمر")),
    n(&["Hassan", "Hasan"], Some("حسن")),
    n(&["Leila", "Layla", "Laila"], Some("ليلى")),
    n(&["Karim", "Kareem"], Some("كريم")),
    n(&["Nadia", "Nadiya"], Some("نادية")),
];
pub(super) const ARABIC_FAMILY: &[Name] = &[
    n(&["Benali", "Ben Ali"], Some("بن علي")),
    n(&["El Amrani", "Elamrani"], Some("العمراني")),
    n(&["Haddad", "Hadad"], Some("حداد")),
    n(&["Bouzid", "Bouzide"], Some("بوزيد")),
    n(&["Alaoui", "El Alaoui"], Some("العلوي")),
    n(&["Tazi"], Some("التازي")),
    n(&["Idrissi", "El Idrissi"], Some("الإدريسي")),
    n(&["Mansour", "Mansur"], Some("منصور")),
    n(&["Saleh", "Salih"], Some("صالح")),
    n(&["Khalil", "Khaleel"], Some("خليل")),
];
pub(super) const UKRAINIAN_GIVEN: &[Name] = &[
    n(&["Olena", "Elena", "Olena"], Some("Олена")),
    n(&["Oleksandr", "Alexander", "Oleksander"], Some("Олександр")),
    n(&["Mykola", "Nikolai", "Mykola"], Some("Микола")),
    n(&["Iryna", "Irina"], Some("Ірина")),
    n(&["Andriy", "Andrii", "Andrey"], Some("Андрій")),
    n(&["Nataliia", "Natalia", "Nataliya"], Some("Наталія")),
    n(&["Serhiy", "Sergei", "Serhii"], Some("Сергій")),
    n(&["Oksana", "Oxana"], Some("Оксана")),
];
pub(super) const UKRAINIAN_FAMILY: &[Name] = &[
    n(&["Kovalenko"], Some("Коваленко")),
    n(&["Shevchenko", "Sevcenko"], Some("Шевченко")),
    n(&["Bondarenko"], Some("Бондаренко")),
    n(&["Tkachenko", "Tkacenko"], Some("Ткаченко")),
    n(&["Kravchenko", "Kravcenko"], Some("Кравченко")),
    n(&["Melnyk", "Melnik"], Some("Мельник")),
    n(&["Boyko", "Boiko"], Some("Бойко")),
];
pub(super) const BENGALI_GIVEN: &[Name] = &[
    n(&["Mohammad", "Mohammed", "Muhammad"], None),
    n(&["Rahim", "Raheem"], None),
    n(&["Abdul", "Abdool"], None),
    n(&["Nasrin", "Nasreen"], None),
    n(&["Rina", "Reena"], None),
    n(&["Sumon", "Shumon"], None),
];
pub(super) const BENGALI_FAMILY: &[Name] = &[
    n(&["Rahman", "Rahaman"], None),
    n(&["Hossain", "Hossen", "Hussain"], None),
    n(&["Islam"], None),
    n(&["Akter", "Akhter", "Aktar"], None),
    n(&["Uddin", "Uddeen"], None),
    n(&["Miah", "Mia"], None),
];
pub(super) const URDU_GIVEN: &[Name] = &[
    n(&["Muhammad", "Mohammad", "Mohammed"], Some("محمد")),
    n(&["Ali"], Some("علی")),
    n(&["Bilal", "Belal"], Some("بلال")),
    n(&["Ayesha", "Aisha"], Some("عائشہ")),
    n(&["Imran", "Emran"], Some("عمران")),
];
pub(super) const URDU_FAMILY: &[Name] = &[
    n(&["Khan"], Some("خان")),
    n(&["Hussain", "Hussein", "Husain"], Some("حسین")),
    n(&["Iqbal", "Ikbal"], Some("اقبال")),
    n(&["Butt", "Bhatt"], None),
];
pub(super) const PERSIAN_GIVEN: &[Name] = &[
    n(&["Ahmad", "Ahmed"], Some("احمد")),
    n(&["Zahra", "Zahraa"], Some("زهرا")),
    n(&["Mohammad", "Mohammed"], Some("محمد")),
    n(&["Maryam", "Mariam"], Some("مریم")),
];
pub(super) const PERSIAN_FAMILY: &[Name] = &[
    n(&["Rahimi", "Rahimy"], Some("رحیمی")),
    n(&["Ahmadi", "Ahmady"], Some("احمدی")),
    n(&["Hashemi", "Hashimi"], Some("هاشمی")),
    n(&["Karimi", "Karimy"], Some("کریمی")),
];
pub(super) const NIGERIAN_GIVEN: &[Name] = &[
    n(&["Chinedu", "Chinedum"], None),
    n(&["Oluwaseun", "Seun"], None),
    n(&["Blessing"], None),
    n(&["Chukwuemeka", "Emeka"], None),
    n(&["Precious"], None),
];
pub(super) const NIGERIAN_FAMILY: &[Name] = &[
    n(&["Okafor", "Okafur"], None),
    n(&["Adeyemi", "Adeyemmi"], None),
    n(&["Nwosu", "Nwossu"], None),
    n(&["Eze"], None),
    n(&["Okonkwo", "Okonko"], None),
];
pub(super) const ALBANIAN_GIVEN: &[Name] = &[
    n(&["Arben"], None),
    n(&["Elira", "Elirah"], None),
    n(&["Besnik", "Besnick"], None),
    n(&["Ermira"], None),
];
pub(super) const ALBANIAN_FAMILY: &[Name] = &[
    n(&["Hoxha", "Hodja", "Hoxhaj"], None),
    n(&["Shehu", "Sehu"], None),
    n(&["Krasniqi", "Krasniqui"], None),
    n(&["Gashi", "Gashaj"], None),
];
pub(super) const CHINESE_GIVEN: &[Name] = &[
    n(&["Wei"], None),
    n(&["Li Na", "Lina"], None),
    n(&["Xiaoming", "Xiao Ming"], None),
    n(&["Jing"], None),
];
pub(super) const CHINESE_FAMILY: &[Name] = &[
    n(&["Wang"], None),
    n(&["Zhang", "Chang"], None),
    n(&["Chen", "Chan"], None),
    n(&["Liu", "Lau"], None),
];
pub(super) const SENEGALESE_GIVEN: &[Name] = &[
    n(&["Mamadou", "Mamadu"], None),
    n(&["Aminata", "Aminatta"], None),
    n(&["Ousmane", "Usman", "Ousman"], None),
    n(&["Fatou", "Fatu"], None),
];
pub(super) const SENEGALESE_FAMILY: &[Name] = &[
    n(&["Diallo", "Jallow"], None),
    n(&["Ndiaye", "N'Diaye"], None),
    n(&["Diop"], None),
    n(&["Fall"], None),
];

pub(super) const ORIGINS: &[Origin] = &[
    Origin {
        country: "MA",
        lang: "ar",
        weight: 16,
        given: ARABIC_GIVEN,
        family: ARABIC_FAMILY,
    },
    Origin {
        country: "EG",
        lang: "ar",
        weight: 6,
        given: ARABIC_GIVEN,
        family: ARABIC_FAMILY,
    },
    Origin {
        country: "TN",
        lang: "ar",
        weight: 4,
        given: ARABIC_GIVEN,
        family: ARABIC_FAMILY,
    },
    Origin {
        country: "UA",
        lang: "uk",
        weight: 12,
        given: UKRAINIAN_GIVEN,
        family: UKRAINIAN_FAMILY,
    },
    Origin {
        country: "BD",
        lang: "bn",
        weight: 9,
        given: BENGALI_GIVEN,
        family: BENGALI_FAMILY,
    },
    Origin {
        country: "PK",
        lang: "ur",
        weight: 7,
        given: URDU_GIVEN,
        family: URDU_FAMILY,
    },
    Origin {
        country: "AF",
        lang: "fa",
        weight: 4,
        given: PERSIAN_GIVEN,
        family: PERSIAN_FAMILY,
    },
    Origin {
        country: "NG",
        lang: "en",
        weight: 7,
        given: NIGERIAN_GIVEN,
        family: NIGERIAN_FAMILY,
    },
    Origin {
        country: "AL",
        lang: "sq",
        weight: 12,
        given: ALBANIAN_GIVEN,
        family: ALBANIAN_FAMILY,
    },
    Origin {
        country: "CN",
        lang: "zh",
        weight: 10,
        given: CHINESE_GIVEN,
        family: CHINESE_FAMILY,
    },
    Origin {
        country: "SN",
        lang: "fr",
        weight: 6,
        given: SENEGALESE_GIVEN,
        family: SENEGALESE_FAMILY,
    },
];
