<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
    <context>
        <name>Column</name>
        <message>
            <source>Defender</source>
            <translation>المدافع/ة</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>البلد</translation>
        </message>
        <message>
            <source>Last incident</source>
            <translation>آخر حادثة</translation>
        </message>
        <message>
            <source>Open incidents</source>
            <translation>حوادث مفتوحة</translation>
        </message>
        <message>
            <source>Severity (90 days)</source>
            <translation>الخطورة (90 يومًا)</translation>
        </message>
        <message>
            <source>Active case</source>
            <translation>الملف النشط</translation>
        </message>
        <message>
            <source>Case status</source>
            <translation>حالة الملف</translation>
        </message>
    </context>
    <context>
        <name>DefenderView</name>
        <message>
            <source>Dossier PDF</source>
            <translation>ملف PDF</translation>
        </message>
        <message>
            <source>This defender's dossier as PDF, for an office, a partner or the public (what each may see: docs/sharing.md)</source>
            <translation>ملف هذا المدافع بصيغة PDF، لمكتب أو شريك أو للعموم (ما يحق لكل منهم رؤيته: docs/sharing.md)</translation>
        </message>
        <message>
            <source>For a programme office…</source>
            <translation>لمكتب من مكاتب البرنامج…</translation>
        </message>
        <message>
            <source>For a partner organisation…</source>
            <translation>لمنظمة شريكة…</translation>
        </message>
        <message>
            <source>For the public…</source>
            <translation>للعموم…</translation>
        </message>
        <message>
            <source>The dossier will hold this defender's profile, incidents and stays in full, names and places included, for a programme office.</source>
            <translation>سيحتوي الملف على الملف الشخصي لهذا المدافع وحوادثه وإقاماته كاملة، بما فيها الأسماء والأماكن، لمكتب من مكاتب البرنامج.</translation>
        </message>
        <message>
            <source>The dossier will hold what a partner organisation may see: the codename instead of the name, countries instead of places, no contact details, addresses or host cities.</source>
            <translation>سيحتوي الملف على ما يحق لمنظمة شريكة رؤيته: الاسم الرمزي بدل الاسم، والبلدان بدل الأماكن، دون بيانات اتصال أو عناوين أو مدن استضافة.</translation>
        </message>
        <message>
            <source>The dossier will hold what may be published, if the defender's consent allows it: as for a partner, with dates as months.</source>
            <translation>سيحتوي الملف على ما يجوز نشره، إن سمحت موافقة المدافع بذلك: كما للشريك، مع تقليص التواريخ إلى الشهر.</translation>
        </message>
        <message>
            <source>It is not encrypted, and hrd-desk keeps no copy: save it only where it is safe.</source>
            <translation>الملف غير مشفّر ولا يحتفظ hrd-desk بنسخة منه: احفظه فقط في مكان آمن.</translation>
        </message>
    </context>
    <context>
        <name>Due</name>
        <message>
            <source>today</source>
            <translation>اليوم</translation>
        </message>
        <message>
            <source>tomorrow</source>
            <translation>غدًا</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) late</source>
            <translation>
                <numerusform>بلا تأخير</numerusform>
                <numerusform>متأخر يومًا واحدًا</numerusform>
                <numerusform>متأخر يومين</numerusform>
                <numerusform>متأخر %n أيام</numerusform>
                <numerusform>متأخر %n يومًا</numerusform>
                <numerusform>متأخر %n يوم</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n day(s)</source>
            <translation>
                <numerusform>اليوم</numerusform>
                <numerusform>بعد يوم واحد</numerusform>
                <numerusform>بعد يومين</numerusform>
                <numerusform>بعد %n أيام</numerusform>
                <numerusform>بعد %n يومًا</numerusform>
                <numerusform>بعد %n يوم</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExchangeSummaries</name>
        <message>
            <source>Not every part of this bundle is here (%1). Put all the parts in the same folder, then choose any one of them again.

Nothing in this vault was changed.</source>
            <translation>ليست كل أجزاء هذه الحزمة موجودة (%1). ضع كل الأجزاء في المجلد نفسه، ثم اختر أيًّا منها مرة أخرى.

لم يتغير شيء في هذه الخزنة.</translation>
        </message>
        <message>
            <source>Written in %1 parts: %2</source>
            <translation>كُتبت في %1 أجزاء: %2</translation>
        </message>
        <message>
            <source>Carry every part. Your colleague imports any one of them once all are in the same folder.</source>
            <translation>انقل كل الأجزاء. يستورد زميلك أيًّا منها بعد أن تصبح كلها في المجلد نفسه.</translation>
        </message>
    </context>
    <context>
        <name>ExportWizard</name>
        <message>
            <source>Split into parts</source>
            <translation>التقسيم إلى أجزاء</translation>
        </message>
        <message>
            <source>No split: one file</source>
            <translation>بلا تقسيم: ملف واحد</translation>
        </message>
        <message>
            <source>Mail with a 25 MB limit: parts of 18 MB</source>
            <translation>بريد بحد 25 ميغابايت: أجزاء من 18 ميغابايت</translation>
        </message>
        <message>
            <source>Mail with a 10 MB limit: parts of 7 MB</source>
            <translation>بريد بحد 10 ميغابايت: أجزاء من 7 ميغابايت</translation>
        </message>
        <message>
            <source>USB stick formatted FAT32: parts under 4 GB</source>
            <translation>ذاكرة USB بنظام FAT32: أجزاء أصغر من 4 غيغابايت</translation>
        </message>
        <message>
            <source>A larger bundle is written as several files (NAME.part1of3 and so on). Carry every part: the colleague imports any one of them once all are in the same folder.</source>
            <translation>تُكتب الحزمة الأكبر في عدة ملفات (NAME.part1of3 وهكذا). انقل كل الأجزاء: يستورد الزميل أيًّا منها بعد أن تصبح كلها في المجلد نفسه.</translation>
        </message>
    </context>
    <context>
        <name>ImportFlow</name>
        <message>
            <source>A bundle that came in several parts (NAME.part1of3 and so on): put every part in one folder and choose any one of them.</source>
            <translation>حزمة وصلت في عدة أجزاء (NAME.part1of3 وهكذا): ضع كل الأجزاء في مجلد واحد واختر أيًّا منها.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Log incident…</source>
            <translation>تسجيل حادثة…</translation>
        </message>
        <message>
            <source>Lock</source>
            <translation>قفل</translation>
        </message>
        <message>
            <source>Panic: lock and minimise</source>
            <translation>طوارئ: القفل والتصغير</translation>
        </message>
        <message>
            <source>Settings…</source>
            <translation>الإعدادات…</translation>
        </message>
        <message>
            <source>Change passphrase…</source>
            <translation>تغيير عبارة المرور…</translation>
        </message>
        <message>
            <source>Check vault integrity…</source>
            <translation>فحص سلامة الخزنة…</translation>
        </message>
        <message>
            <source>Security…</source>
            <translation>الأمان…</translation>
        </message>
        <message>
            <source>Audit trail…</source>
            <translation>سجل التدقيق…</translation>
        </message>
        <message>
            <source>Emergency wipe…</source>
            <translation>المسح الطارئ…</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>إنهاء</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>بحث</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>رجوع</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>اليوم</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>اختصارات لوحة المفاتيح</translation>
        </message>
        <message>
            <source>About hrd-desk</source>
            <translation>حول hrd-desk</translation>
        </message>
        <message>
            <source>&amp;Vault</source>
            <translation>&amp;الخزنة</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>ا&amp;نتقال</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>م&amp;ساعدة</translation>
        </message>
    </context>
    <context>
        <name>Page</name>
        <message>
            <source>No defenders to show. Add one with “New defender…”.</source>
            <translation>لا يوجد مدافعون لعرضهم. أضف واحدًا عبر «مدافع جديد…».</translation>
        </message>
        <message>
            <source>New defender…</source>
            <translation>مدافع جديد…</translation>
        </message>
        <message>
            <source>Add a defender</source>
            <translation>إضافة مدافع</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>فتح</translation>
        </message>
        <message>
            <source>Open the selected defender's page (Enter)</source>
            <translation>فتح صفحة المدافع المحدد (Enter)</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>حذف…</translation>
        </message>
        <message>
            <source>Move the selected defender to Deleted</source>
            <translation>نقل المدافع المحدد إلى المحذوفات</translation>
        </message>
        <message>
            <source>Filter</source>
            <translation>تصفية</translation>
        </message>
        <message>
            <source>Name or codename</source>
            <translation>الاسم أو الاسم الرمزي</translation>
        </message>
        <message numerus="yes">
            <source>%n defender(s)</source>
            <translation>
                <numerusform>لا مدافعين</numerusform>
                <numerusform>مدافع واحد</numerusform>
                <numerusform>مدافعان</numerusform>
                <numerusform>%n مدافعين</numerusform>
                <numerusform>%n مدافعًا</numerusform>
                <numerusform>%n مدافع</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message>
            <source>Choose where…</source>
            <translation>اختر المكان…</translation>
        </message>
        <message>
            <source>Nothing was written: %1</source>
            <translation>لم يُكتب شيء: %1</translation>
        </message>
        <message>
            <source>Saved. The file is not encrypted.</source>
            <translation>تم الحفظ. الملف غير مشفّر.</translation>
        </message>
    </context>
    <context>
        <name>Section</name>
        <message>
            <source>Defenders</source>
            <translation>المدافعون</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>الملفات</translation>
        </message>
        <message>
            <source>Threat log</source>
            <translation>سجل التهديدات</translation>
        </message>
        <message>
            <source>Relocations</source>
            <translation>الإقامات المؤقتة</translation>
        </message>
        <message>
            <source>Trainings</source>
            <translation>التدريبات</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>الشبكة</translation>
        </message>
        <message>
            <source>Tasks</source>
            <translation>المهام</translation>
        </message>
        <message>
            <source>Exchange</source>
            <translation>التبادل</translation>
        </message>
        <message>
            <source>Statistics</source>
            <translation>الإحصاءات</translation>
        </message>
        <message>
            <source>This part of hrd-desk is not available in this version yet.</source>
            <translation>هذا الجزء من hrd-desk غير متاح بعد في هذا الإصدار.</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>اليوم</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>المحذوفات</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Follow the system</source>
            <translation>مثل النظام</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>فاتح</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>داكن</translation>
        </message>
        <message>
            <source>As the system ({language})</source>
            <translation>مثل النظام ({language})</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>الإعدادات</translation>
        </message>
        <message>
            <source> min</source>
            <translation> دقيقة</translation>
        </message>
        <message>
            <source>Lock after this many idle minutes</source>
            <translation>القفل بعد هذا العدد من دقائق الخمول</translation>
        </message>
        <message>
            <source>Lock after idle time</source>
            <translation>القفل بعد الخمول</translation>
        </message>
        <message>
            <source>Colour theme</source>
            <translation>سمة الألوان</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>اللغة</translation>
        </message>
        <message>
            <source>Settings are kept on this computer outside the vault, so they never hold anything about your records.</source>
            <translation>تُحفظ الإعدادات على هذا الحاسوب خارج الخزنة، فلا تحتوي أبدًا على أي شيء من سجلاتك.</translation>
        </message>
    </context>
    <context>
        <name>Shortcuts</name>
        <message>
            <source>Search everything</source>
            <translation>البحث في كل شيء</translation>
        </message>
        <message>
            <source>Log an incident for the selected defender</source>
            <translation>تسجيل حادثة للمدافع المحدد</translation>
        </message>
        <message>
            <source>Today: what needs attention (the start screen)</source>
            <translation>اليوم: ما يحتاج إلى اهتمام (شاشة البداية)</translation>
        </message>
        <message>
            <source>Go to a section (Ctrl+1 shows the list of defenders)</source>
            <translation>الانتقال إلى قسم (Ctrl+1 يعرض قائمة المدافعين)</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>رجوع</translation>
        </message>
        <message>
            <source>Show or hide every hidden value in a form or on a page</source>
            <translation>إظهار أو إخفاء كل القيم المخفية في نموذج أو صفحة</translation>
        </message>
        <message>
            <source>Save a form; record a check-in as done</source>
            <translation>حفظ نموذج؛ تسجيل متابعة على أنها تمت</translation>
        </message>
        <message>
            <source>Tasks: mark the selected task done</source>
            <translation>المهام: وضع علامة «تمت» على المهمة المحددة</translation>
        </message>
        <message>
            <source>Close a form; back to the list from a defender's page</source>
            <translation>إغلاق نموذج؛ الرجوع إلى القائمة من صفحة مدافع</translation>
        </message>
        <message>
            <source>Lock the vault</source>
            <translation>قفل الخزنة</translation>
        </message>
        <message>
            <source>Panic: lock and minimise at once</source>
            <translation>طوارئ: القفل والتصغير فورًا</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>الإعدادات</translation>
        </message>
        <message>
            <source>Quit (locks first)</source>
            <translation>إنهاء (يقفل أولًا)</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>اختصارات لوحة المفاتيح</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>المفاتيح</translation>
        </message>
        <message>
            <source>What they do</source>
            <translation>ما تفعله</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>إغلاق</translation>
        </message>
    </context>
    <context>
        <name>StartPage</name>
        <message>
            <source>%1 in the 90 before</source>
            <translation>%1 في الـ90 السابقة</translation>
        </message>
        <message>
            <source>severity %1</source>
            <translation>الخطورة %1</translation>
        </message>
        <message>
            <source>, was %1</source>
            <translation>، وكانت %1</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>فتح</translation>
        </message>
        <message>
            <source>Open the selected line's record (Enter)</source>
            <translation>فتح سجل السطر المحدد (Enter)</translation>
        </message>
        <message>
            <source>What needs attention: overdue first (a missed check-in stays until someone records a contact), then today and the next seven days. Enter opens a line.</source>
            <translation>ما يحتاج إلى اهتمام: المتأخر أولًا (تبقى المتابعة الفائتة حتى يسجّل أحد تواصلًا)، ثم اليوم والأيام السبعة القادمة. مفتاح Enter يفتح السطر.</translation>
        </message>
        <message>
            <source>What needs attention</source>
            <translation>ما يحتاج إلى اهتمام</translation>
        </message>
        <message>
            <source>What</source>
            <translation>ماذا</translation>
        </message>
        <message>
            <source>When</source>
            <translation>متى</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>متأخر</translation>
        </message>
        <message>
            <source>Nothing overdue.</source>
            <translation>لا شيء متأخر.</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>اليوم</translation>
        </message>
        <message>
            <source>Nothing due today.</source>
            <translation>لا شيء مستحق اليوم.</translation>
        </message>
        <message>
            <source>Next 7 days</source>
            <translation>الأيام السبعة القادمة</translation>
        </message>
        <message>
            <source>Nothing due in the next seven days.</source>
            <translation>لا شيء مستحق في الأيام السبعة القادمة.</translation>
        </message>
        <message>
            <source>Threats escalating (last 30 days against the 90 before)</source>
            <translation>تهديدات متصاعدة (آخر 30 يومًا مقابل الـ90 السابقة)</translation>
        </message>
        <message>
            <source>No defender's threats are escalating.</source>
            <translation>لا تتصاعد التهديدات ضد أي مدافع.</translation>
        </message>
        <message>
            <source>Open incidents by category</source>
            <translation>الحوادث المفتوحة حسب الفئة</translation>
        </message>
        <message>
            <source>No open incidents.</source>
            <translation>لا توجد حوادث مفتوحة.</translation>
        </message>
        <message>
            <source>Stays in progress</source>
            <translation>إقامات جارية</translation>
        </message>
        <message>
            <source>%1, in stay since %2</source>
            <translation>%1، في إقامة منذ %2</translation>
        </message>
        <message>
            <source>No stay in progress.</source>
            <translation>لا توجد إقامة جارية.</translation>
        </message>
        <message>
            <source>Enter opens it</source>
            <translation>مفتاح Enter يفتحه</translation>
        </message>
        <message numerus="yes">
            <source>%n incident(s) in the last 30 days</source>
            <translation>
                <numerusform>لا حوادث في آخر 30 يومًا</numerusform>
                <numerusform>حادثة واحدة في آخر 30 يومًا</numerusform>
                <numerusform>حادثتان في آخر 30 يومًا</numerusform>
                <numerusform>%n حوادث في آخر 30 يومًا</numerusform>
                <numerusform>%n حادثة في آخر 30 يومًا</numerusform>
                <numerusform>%n حادثة في آخر 30 يومًا</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>until %1 (%n day(s) left)</source>
            <translation>
                <numerusform>حتى %1 (ينتهي اليوم)</numerusform>
                <numerusform>حتى %1 (يبقى يوم واحد)</numerusform>
                <numerusform>حتى %1 (يبقى يومان)</numerusform>
                <numerusform>حتى %1 (تبقى %n أيام)</numerusform>
                <numerusform>حتى %1 (يبقى %n يومًا)</numerusform>
                <numerusform>حتى %1 (يبقى %n يوم)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Statistics</name>
        <message>
            <source>Category</source>
            <translation>الفئة</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>البلد</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>الشهر</translation>
        </message>
        <message>
            <source>Quarter</source>
            <translation>الربع</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>السنة</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>البرنامج</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>الخطورة</translation>
        </message>
        <message>
            <source>Perpetrator type</source>
            <translation>نوع الجاني</translation>
        </message>
        <message>
            <source>Field of work</source>
            <translation>مجال العمل</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(لا شيء)</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>تصدير CSV…</translation>
        </message>
        <message>
            <source>Export PDF…</source>
            <translation>تصدير PDF…</translation>
        </message>
        <message>
            <source>Incidents counted once each, in the period that holds their whole date; a date that fits no single period (a year-only date counted by month) is counted as imprecise. Only defenders whose consent allows statistics are counted.</source>
            <translation>تُحسب كل حادثة مرة واحدة، في الفترة التي تضم تاريخها كاملًا؛ والتاريخ الذي لا يقع في فترة واحدة (سنة فقط تُحسب بالشهر) يُعدّ غير دقيق. لا يُحسب إلا المدافعون الذين تسمح موافقتهم بالإحصاءات.</translation>
        </message>
        <message>
            <source>e.g. 2024 or 2024-01</source>
            <translation>مثلًا ⁦2024⁩ أو ⁦2024-01⁩</translation>
        </message>
        <message>
            <source>e.g. 2024-12</source>
            <translation>مثلًا ⁦2024-12⁩</translation>
        </message>
        <message>
            <source>(nothing)</source>
            <translation>(لا شيء)</translation>
        </message>
        <message>
            <source>Every programme</source>
            <translation>كل البرامج</translation>
        </message>
        <message>
            <source>Every defender (inside the office only: no export)</source>
            <translation>كل المدافعين (داخل المكتب فقط: دون تصدير)</translation>
        </message>
        <message>
            <source>From</source>
            <translation>من</translation>
        </message>
        <message>
            <source>To</source>
            <translation>إلى</translation>
        </message>
        <message>
            <source>Group by</source>
            <translation>التجميع حسب</translation>
        </message>
        <message>
            <source>Then by</source>
            <translation>ثم حسب</translation>
        </message>
        <message>
            <source>Chart of the counts</source>
            <translation>مخطط الأعداد</translation>
        </message>
        <message>
            <source>Counts</source>
            <translation>الأعداد</translation>
        </message>
        <message>
            <source>Others</source>
            <translation>أخرى</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>العدد</translation>
        </message>
        <message>
            <source>Total: %1</source>
            <translation>المجموع: %1</translation>
        </message>
        <message>
            <source>Imprecise: %1</source>
            <translation>غير دقيقة: %1</translation>
        </message>
        <message>
            <source>Not counted (consent): %1</source>
            <translation>غير محسوبة (الموافقة): %1</translation>
        </message>
        <message>
            <source>Every defender counted: not for use outside the office</source>
            <translation>كل المدافعين محسوبون: ليس للاستخدام خارج المكتب</translation>
        </message>
        <message>
            <source>Export statistics</source>
            <translation>تصدير الإحصاءات</translation>
        </message>
        <message>
            <source>The file will hold incident counts (no names, no descriptions) of defenders whose consent allows statistics. It is not encrypted, and hrd-desk keeps no copy: save it only where it may be read.</source>
            <translation>سيحتوي الملف على أعداد الحوادث (دون أسماء أو أوصاف) للمدافعين الذين تسمح موافقتهم بالإحصاءات. الملف غير مشفّر ولا يحتفظ hrd-desk بنسخة منه: احفظه فقط حيث يجوز أن يُقرأ.</translation>
        </message>
    </context>
    <context>
        <name>UnlockScreen</name>
        <message>
            <source>Show</source>
            <translation>إظهار</translation>
        </message>
        <message>
            <source>Show passphrase</source>
            <translation>إظهار عبارة المرور</translation>
        </message>
        <message>
            <source>Show or hide the passphrase as you type</source>
            <translation>إظهار عبارة المرور أو إخفاؤها أثناء الكتابة</translation>
        </message>
        <message>
            <source>Hide</source>
            <translation>إخفاء</translation>
        </message>
        <message>
            <source>Unlock your vault</source>
            <translation>افتح خزنتك</translation>
        </message>
        <message>
            <source>Enter the passphrase, or the recovery code if the vault has one.</source>
            <translation>أدخل عبارة المرور، أو رمز الاسترداد إن كان للخزنة رمز.</translation>
        </message>
        <message>
            <source>Passphrase or recovery code</source>
            <translation>عبارة المرور أو رمز الاسترداد</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>عبارة المرور</translation>
        </message>
        <message>
            <source>Emergency wipe…</source>
            <translation>المسح الطارئ…</translation>
        </message>
        <message>
            <source>Emergency wipe</source>
            <translation>المسح الطارئ</translation>
        </message>
        <message>
            <source>Destroy this vault for good (asks first)</source>
            <translation>إتلاف هذه الخزنة نهائيًا (يسأل أولًا)</translation>
        </message>
        <message>
            <source>Use recovery shares…</source>
            <translation>استخدام أجزاء الاسترداد…</translation>
        </message>
        <message>
            <source>Use recovery shares</source>
            <translation>استخدام أجزاء الاسترداد</translation>
        </message>
        <message>
            <source>Open the vault with enough shares of its recovery code</source>
            <translation>فتح الخزنة بعدد كافٍ من أجزاء رمز استردادها</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>فتح</translation>
        </message>
        <message>
            <source>Opening the vault. This takes a second or two.</source>
            <translation>جارٍ فتح الخزنة. يستغرق ذلك ثانية أو اثنتين.</translation>
        </message>
    </context>
    <context>
        <name>Vocab</name>
        <message>
            <source>Physical harassment and direct threats</source>
            <translation>مضايقات جسدية وتهديدات مباشرة</translation>
        </message>
        <message>
            <source>Digital surveillance and online threats</source>
            <translation>مراقبة رقمية وتهديدات عبر الإنترنت</translation>
        </message>
        <message>
            <source>Threats to family members</source>
            <translation>تهديدات لأفراد الأسرة</translation>
        </message>
        <message>
            <source>Phone surveillance and SMS threats</source>
            <translation>مراقبة الهاتف وتهديدات عبر الرسائل القصيرة</translation>
        </message>
        <message>
            <source>Obstruction through laws and courts</source>
            <translation>العرقلة عبر القوانين والمحاكم</translation>
        </message>
        <message>
            <source>Defamation and stigmatisation</source>
            <translation>التشهير والوصم</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>أخرى</translation>
        </message>
        <message>
            <source>Intake</source>
            <translation>الاستقبال</translation>
        </message>
        <message>
            <source>Assessing</source>
            <translation>قيد التقييم</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>مقبول</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>نشط</translation>
        </message>
        <message>
            <source>On hold</source>
            <translation>معلّق</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>مغلق</translation>
        </message>
        <message>
            <source>Declined</source>
            <translation>مرفوض</translation>
        </message>
        <message>
            <source>State security forces</source>
            <translation>قوات أمن الدولة</translation>
        </message>
        <message>
            <source>Police</source>
            <translation>الشرطة</translation>
        </message>
        <message>
            <source>Judiciary</source>
            <translation>القضاء</translation>
        </message>
        <message>
            <source>Other state officials</source>
            <translation>مسؤولون حكوميون آخرون</translation>
        </message>
        <message>
            <source>Pro-government groups</source>
            <translation>جماعات موالية للحكومة</translation>
        </message>
        <message>
            <source>Non-state armed groups</source>
            <translation>جماعات مسلحة غير حكومية</translation>
        </message>
        <message>
            <source>Corporations or their security</source>
            <translation>الشركات أو أمنها</translation>
        </message>
        <message>
            <source>Private individuals</source>
            <translation>أفراد عاديون</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>غير معروف</translation>
        </message>
        <message>
            <source>Land and environment</source>
            <translation>الأرض والبيئة</translation>
        </message>
        <message>
            <source>Journalism and media</source>
            <translation>الصحافة والإعلام</translation>
        </message>
        <message>
            <source>LGBTI rights</source>
            <translation>حقوق مجتمع الميم</translation>
        </message>
        <message>
            <source>Women's rights</source>
            <translation>حقوق المرأة</translation>
        </message>
        <message>
            <source>Labour rights</source>
            <translation>حقوق العمال</translation>
        </message>
        <message>
            <source>Indigenous rights</source>
            <translation>حقوق الشعوب الأصلية</translation>
        </message>
        <message>
            <source>Anti-corruption</source>
            <translation>مكافحة الفساد</translation>
        </message>
        <message>
            <source>Legal aid</source>
            <translation>المساعدة القانونية</translation>
        </message>
        <message>
            <source>Civil and political rights</source>
            <translation>الحقوق المدنية والسياسية</translation>
        </message>
        <message>
            <source>Police accountability</source>
            <translation>مساءلة الشرطة</translation>
        </message>
        <message>
            <source>Documentation</source>
            <translation>التوثيق</translation>
        </message>
        <message>
            <source>Relocation</source>
            <translation>النقل المؤقت</translation>
        </message>
        <message>
            <source>Training course</source>
            <translation>دورة تدريبية</translation>
        </message>
        <message>
            <source>Emergency support</source>
            <translation>دعم طارئ</translation>
        </message>
        <message>
            <source>Advocacy</source>
            <translation>المناصرة</translation>
        </message>
        <message>
            <source>UN mechanism</source>
            <translation>آلية الأمم المتحدة</translation>
        </message>
        <message>
            <source>Embassy</source>
            <translation>سفارة</translation>
        </message>
        <message>
            <source>National human rights institution</source>
            <translation>المؤسسة الوطنية لحقوق الإنسان</translation>
        </message>
        <message>
            <source>Police oversight body</source>
            <translation>هيئة الرقابة على الشرطة</translation>
        </message>
        <message>
            <source>Courts</source>
            <translation>المحاكم</translation>
        </message>
        <message>
            <source>Regional mechanism (such as the African Commission)</source>
            <translation>آلية إقليمية (مثل اللجنة الأفريقية)</translation>
        </message>
        <message>
            <source>Protection NGO</source>
            <translation>منظمة غير حكومية للحماية</translation>
        </message>
        <message>
            <source>Media</source>
            <translation>وسائل الإعلام</translation>
        </message>
        <message>
            <source>None</source>
            <translation>لا أحد</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <source>Sections</source>
            <translation>الأقسام</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>بحث</translation>
        </message>
        <message>
            <source>Names, places, descriptions (Ctrl+F)</source>
            <translation>أسماء، أماكن، أوصاف (Ctrl+F)</translation>
        </message>
        <message>
            <source>Results appear as you type; Enter goes to them, Escape empties the field</source>
            <translation>تظهر النتائج أثناء الكتابة؛ Enter ينتقل إليها، وEscape يفرغ الحقل</translation>
        </message>
        <message>
            <source>Search everything</source>
            <translation>البحث في كل شيء</translation>
        </message>
        <message>
            <source>Log incident</source>
            <translation>تسجيل حادثة</translation>
        </message>
        <message>
            <source>Log an incident for the selected defender (Ctrl+N)</source>
            <translation>تسجيل حادثة للمدافع المحدد (Ctrl+N)</translation>
        </message>
        <message>
            <source>Lock</source>
            <translation>قفل</translation>
        </message>
        <message>
            <source>Lock the vault now (Ctrl+L)</source>
            <translation>قفل الخزنة الآن (Ctrl+L)</translation>
        </message>
    </context>
</TS>
