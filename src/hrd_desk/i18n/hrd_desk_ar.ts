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
        <name>Field</name>
        <message>
            <source>Display name</source>
            <translation>الاسم المعروض</translation>
        </message>
        <message>
            <source>Codename</source>
            <translation>الاسم الرمزي</translation>
        </message>
        <message>
            <source>Legal name</source>
            <translation>الاسم القانوني</translation>
        </message>
        <message>
            <source>Contact details</source>
            <translation>بيانات الاتصال</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>عنوان السكن</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>البلد</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>المنطقة</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>المنظمة</translation>
        </message>
        <message>
            <source>Field of work</source>
            <translation>مجال العمل</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>النوع الاجتماعي</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>اللغات</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>الموافقة</translation>
        </message>
        <message>
            <source>Consent given on</source>
            <translation>تاريخ الموافقة</translation>
        </message>
        <message>
            <source>Consent given how</source>
            <translation>طريقة الموافقة</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>ملاحظات</translation>
        </message>
        <message>
            <source>Defender</source>
            <translation>المدافع/ة</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <source>Relationship</source>
            <translation>صلة القرابة</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>البرنامج</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>العنوان</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>تاريخ الفتح</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>تاريخ الإغلاق</translation>
        </message>
        <message>
            <source>Assigned caseworker</source>
            <translation>المسؤول/ة عن الملف</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>الأولوية</translation>
        </message>
        <message>
            <source>Defenders</source>
            <translation>المدافعون</translation>
        </message>
        <message>
            <source>Primary category</source>
            <translation>الفئة الرئيسية</translation>
        </message>
        <message>
            <source>When it happened</source>
            <translation>تاريخ الوقوع</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>الوصف</translation>
        </message>
        <message>
            <source>Further categories</source>
            <translation>فئات أخرى</translation>
        </message>
        <message>
            <source>Sub-type</source>
            <translation>النوع الفرعي</translation>
        </message>
        <message>
            <source>Targeted related people</source>
            <translation>الأقارب المستهدفون</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>الملف</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>المكان</translation>
        </message>
        <message>
            <source>When reported</source>
            <translation>تاريخ الإبلاغ</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>المصدر</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>القناة</translation>
        </message>
        <message>
            <source>Perpetrator type</source>
            <translation>نوع الجاني</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>الخطورة</translation>
        </message>
        <message>
            <source>Actions taken</source>
            <translation>الإجراءات المتخذة</translation>
        </message>
        <message>
            <source>Reported to</source>
            <translation>أُبلغ إلى</translation>
        </message>
        <message>
            <source>Relocation case</source>
            <translation>ملف النقل المؤقت</translation>
        </message>
        <message>
            <source>Host city</source>
            <translation>المدينة المضيفة</translation>
        </message>
        <message>
            <source>Planned arrival</source>
            <translation>الوصول المقرر</translation>
        </message>
        <message>
            <source>Planned departure</source>
            <translation>المغادرة المقررة</translation>
        </message>
        <message>
            <source>Arrived</source>
            <translation>تاريخ الوصول</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>تاريخ المغادرة</translation>
        </message>
        <message>
            <source>Stay status</source>
            <translation>حالة الإقامة</translation>
        </message>
        <message>
            <source>Visa and travel status</source>
            <translation>حالة التأشيرة والسفر</translation>
        </message>
        <message>
            <source>Visa expires</source>
            <translation>انتهاء التأشيرة</translation>
        </message>
        <message>
            <source>Accompanying person</source>
            <translation>المرافق/ة</translation>
        </message>
        <message>
            <source>Accommodation</source>
            <translation>السكن</translation>
        </message>
        <message>
            <source>Activities during the stay</source>
            <translation>الأنشطة خلال الإقامة</translation>
        </message>
        <message>
            <source>Return plan</source>
            <translation>خطة العودة</translation>
        </message>
        <message>
            <source>Follow-up after return</source>
            <translation>المتابعة بعد العودة</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>المهمة</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>الموعد النهائي</translation>
        </message>
        <message>
            <source>Stay</source>
            <translation>الإقامة</translation>
        </message>
        <message>
            <source>For</source>
            <translation>لصالح</translation>
        </message>
    </context>
    <context>
        <name>ImportBatches</name>
        <message>
            <source>Import %1, %2: %3 (%4 live, %5 deleted)</source>
            <translation>الاستيراد %1، %2: %3 (النشطة: %4، المحذوفة: %5)</translation>
        </message>
        <message>
            <source>Spreadsheet imports</source>
            <translation>عمليات استيراد الجداول</translation>
        </message>
        <message>
            <source>Each import can be undone as a whole: its records move to the Deleted view, where they can be restored or purged. Records you changed since are undone too.</source>
            <translation>يمكن التراجع عن كل عملية استيراد كاملةً: تنتقل سجلاتها إلى عرض المحذوفات، حيث يمكن استعادتها أو محوها نهائيًا. ويُتراجع أيضًا عن السجلات التي عدّلتها بعد ذلك.</translation>
        </message>
        <message>
            <source>Undo this import…</source>
            <translation>التراجع عن هذا الاستيراد…</translation>
        </message>
        <message>
            <source>Undo the chosen import</source>
            <translation>التراجع عن الاستيراد المختار</translation>
        </message>
        <message>
            <source>Restore this import</source>
            <translation>استعادة هذا الاستيراد</translation>
        </message>
        <message>
            <source>Restore the chosen import</source>
            <translation>استعادة الاستيراد المختار</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>إغلاق</translation>
        </message>
        <message>
            <source>No spreadsheet has been imported into this vault.</source>
            <translation>لم يُستورد أي جدول إلى هذه الخزنة.</translation>
        </message>
        <message>
            <source>Not done: %1</source>
            <translation>لم يتم: %1</translation>
        </message>
        <message>
            <source>Undo the import</source>
            <translation>التراجع عن الاستيراد</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) moved to the Deleted view.</source>
            <translation>
                <numerusform>لم يُنقل أي سجل إلى المحذوفات.</numerusform>
                <numerusform>نُقل سجل واحد إلى المحذوفات.</numerusform>
                <numerusform>نُقل سجلان إلى المحذوفات.</numerusform>
                <numerusform>نُقلت %n سجلات إلى المحذوفات.</numerusform>
                <numerusform>نُقل %n سجلًا إلى المحذوفات.</numerusform>
                <numerusform>نُقل %n سجل إلى المحذوفات.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) restored.</source>
            <translation>
                <numerusform>لم يُستعد أي سجل.</numerusform>
                <numerusform>استُعيد سجل واحد.</numerusform>
                <numerusform>استُعيد سجلان.</numerusform>
                <numerusform>استُعيدت %n سجلات.</numerusform>
                <numerusform>استُعيد %n سجلًا.</numerusform>
                <numerusform>استُعيد %n سجل.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Move the %n live record(s) of import %1 to the Deleted view?</source>
            <translation>
                <numerusform>لا توجد سجلات نشطة في الاستيراد %1 لنقلها إلى المحذوفات.</numerusform>
                <numerusform>نقل السجل النشط الوحيد من الاستيراد %1 إلى المحذوفات؟</numerusform>
                <numerusform>نقل السجلين النشطين من الاستيراد %1 إلى المحذوفات؟</numerusform>
                <numerusform>نقل السجلات النشطة الـ%n من الاستيراد %1 إلى المحذوفات؟</numerusform>
                <numerusform>نقل السجلات النشطة الـ%n من الاستيراد %1 إلى المحذوفات؟</numerusform>
                <numerusform>نقل السجلات النشطة الـ%n من الاستيراد %1 إلى المحذوفات؟</numerusform>
            </translation>
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
            <source>Import from a spreadsheet…</source>
            <translation>استيراد من جدول بيانات…</translation>
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
        <message>
            <source>Spreadsheet imports…</source>
            <translation>عمليات استيراد الجداول…</translation>
        </message>
        <message>
            <source>Undo a spreadsheet import as a whole, or bring it back</source>
            <translation>التراجع عن استيراد جدول كاملًا، أو إعادته</translation>
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
        <name>Progress</name>
        <message>
            <source>Working…</source>
            <translation>جارٍ العمل…</translation>
        </message>
        <message>
            <source>%1 %v of %m</source>
            <translation>%1 %v من %m</translation>
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
        <name>SheetImport</name>
        <message>
            <source>1. Choose the file</source>
            <translation>1. اختيار الملف</translation>
        </message>
        <message>
            <source>2. Match the columns</source>
            <translation>2. مطابقة الأعمدة</translation>
        </message>
        <message>
            <source>3. Check every row</source>
            <translation>3. فحص كل صف</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>تم</translation>
        </message>
        <message>
            <source>Defenders</source>
            <translation>المدافعون</translation>
        </message>
        <message>
            <source>Related people</source>
            <translation>الأقارب</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>الملفات</translation>
        </message>
        <message>
            <source>Incidents (threat log)</source>
            <translation>الحوادث (سجل التهديدات)</translation>
        </message>
        <message>
            <source>Stays</source>
            <translation>الإقامات</translation>
        </message>
        <message>
            <source>Tasks</source>
            <translation>المهام</translation>
        </message>
        <message>
            <source>%1 is still on this computer, unencrypted: anyone who searches this computer can read it. Overwrite and delete it now? (Best effort: on an SSD, or with backups or cloud sync, copies may remain.)</source>
            <translation>لا يزال %1 على هذا الحاسوب غير مشفّر: يستطيع كل من يفتّش هذا الحاسوب قراءته. هل تريد الكتابة فوقه وحذفه الآن؟ (بأفضل جهد ممكن: على أقراص SSD، أو مع النسخ الاحتياطية أو المزامنة السحابية، قد تبقى نسخ منه.)</translation>
        </message>
        <message>
            <source>Import from a spreadsheet</source>
            <translation>استيراد من جدول بيانات</translation>
        </message>
        <message>
            <source>Progress of the import</source>
            <translation>تقدّم الاستيراد</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>Cancel the import</source>
            <translation>إلغاء الاستيراد</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>رجوع</translation>
        </message>
        <message>
            <source>Back to the previous step</source>
            <translation>الرجوع إلى الخطوة السابقة</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>التالي</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>الخطوة التالية</translation>
        </message>
        <message>
            <source>Reading the file…</source>
            <translation>جارٍ قراءة الملف…</translation>
        </message>
        <message>
            <source>Checked</source>
            <translation>تم فحص</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>تم استيراد</translation>
        </message>
        <message>
            <source>Bring records in from a CSV or Excel (.xlsx) file. Nothing is written until every row has been checked; then all rows come in together, or none.</source>
            <translation>أدخِل سجلات من ملف CSV أو Excel (.xlsx). لا يُكتب شيء قبل فحص كل الصفوف؛ ثم تدخل الصفوف كلها معًا، أو لا يدخل أي منها.</translation>
        </message>
        <message>
            <source>Spreadsheet file</source>
            <translation>ملف الجدول</translation>
        </message>
        <message>
            <source>The file to import</source>
            <translation>الملف المراد استيراده</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>اختيار…</translation>
        </message>
        <message>
            <source>Choose the file</source>
            <translation>اختيار الملف</translation>
        </message>
        <message>
            <source>Each row is one of:</source>
            <translation>كل صف هو:</translation>
        </message>
        <message>
            <source>What each row is</source>
            <translation>ما يمثّله كل صف</translation>
        </message>
        <message>
            <source>Worksheet</source>
            <translation>ورقة العمل</translation>
        </message>
        <message>
            <source>Worksheet:</source>
            <translation>ورقة العمل:</translation>
        </message>
        <message>
            <source>Dates written like 03/04/2024 are:</source>
            <translation>التواريخ المكتوبة مثل 03/04/2024 هي:</translation>
        </message>
        <message>
            <source>as the file shows (asked if it cannot tell)</source>
            <translation>كما يبيّن الملف (يُسأل عنها إن تعذّر التمييز)</translation>
        </message>
        <message>
            <source>day first (15/03/2024)</source>
            <translation>اليوم أولًا (15/03/2024)</translation>
        </message>
        <message>
            <source>month first (03/15/2024)</source>
            <translation>الشهر أولًا (03/15/2024)</translation>
        </message>
        <message>
            <source>Preview of the first rows, with the field of each column</source>
            <translation>معاينة الصفوف الأولى، مع حقل كل عمود</translation>
        </message>
        <message>
            <source>The accents and letters above read correctly: import this file as Windows-1252.</source>
            <translation>الحروف وعلامات التشكيل أعلاه تُقرأ بشكل صحيح: استيراد هذا الملف بترميز Windows-1252.</translation>
        </message>
        <message>
            <source>Confirm the Windows-1252 reading</source>
            <translation>تأكيد القراءة بترميز Windows-1252</translation>
        </message>
        <message>
            <source>What was found in the file</source>
            <translation>ما وُجد في الملف</translation>
        </message>
        <message>
            <source>Leave out the rows that look like existing records</source>
            <translation>استبعاد الصفوف التي تشبه سجلات موجودة</translation>
        </message>
        <message>
            <source>Overwrite and delete the file…</source>
            <translation>الكتابة فوق الملف وحذفه…</translation>
        </message>
        <message>
            <source>Overwrite and delete the spreadsheet file</source>
            <translation>الكتابة فوق ملف الجدول وحذفه</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>استيراد</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>إغلاق</translation>
        </message>
        <message>
            <source>Choose the spreadsheet</source>
            <translation>اختيار الجدول</translation>
        </message>
        <message>
            <source>Spreadsheets (*.csv *.xlsx *.tsv *.txt);;All files (*)</source>
            <translation>جداول البيانات (*.csv *.xlsx *.tsv *.txt);;كل الملفات (*)</translation>
        </message>
        <message>
            <source>The import stopped: %1</source>
            <translation>توقف الاستيراد: %1</translation>
        </message>
        <message>
            <source>Choose a file first.</source>
            <translation>اختر ملفًا أولًا.</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>الحقل</translation>
        </message>
        <message>
            <source>Field for column %1</source>
            <translation>حقل العمود %1</translation>
        </message>
        <message>
            <source>— not a field: choose one, or Ignore —</source>
            <translation>— ليس حقلًا: اختر حقلًا، أو تجاهل —</translation>
        </message>
        <message>
            <source>Ignore this column</source>
            <translation>تجاهل هذا العمود</translation>
        </message>
        <message>
            <source>%1 (required)</source>
            <translation>%1 (مطلوب)</translation>
        </message>
        <message>
            <source>%1, separated by %2</source>
            <translation>%1، مفصول بـ %2</translation>
        </message>
        <message>
            <source>tab</source>
            <translation>مسافة جدولة</translation>
        </message>
        <message>
            <source>Read as %1.</source>
            <translation>قُرئ بصيغة %1.</translation>
        </message>
        <message>
            <source>Headings on row %1.</source>
            <translation>العناوين في الصف %1.</translation>
        </message>
        <message>
            <source>Slashed dates are read day first.</source>
            <translation>تُقرأ التواريخ ذات الشرطات المائلة باليوم أولًا.</translation>
        </message>
        <message>
            <source>Slashed dates are read month first.</source>
            <translation>تُقرأ التواريخ ذات الشرطات المائلة بالشهر أولًا.</translation>
        </message>
        <message>
            <source>This file is not UTF-8: it was read as Windows-1252 (what Excel on Windows saves). Look at the accents in the rows above.</source>
            <translation>هذا الملف ليس بترميز UTF-8: قُرئ بترميز Windows-1252 (ما يحفظه Excel على Windows). تحقّق من الحروف في الصفوف أعلاه.</translation>
        </message>
        <message>
            <source>Some dates read both ways (03/04/2024): go Back and say whether the day or the month comes first.</source>
            <translation>بعض التواريخ تُقرأ بالطريقتين (03/04/2024): ارجع وحدّد هل يأتي اليوم أولًا أم الشهر.</translation>
        </message>
        <message>
            <source>This file is not UTF-8: tick the box below if the accents in the rows above read correctly.</source>
            <translation>هذا الملف ليس بترميز UTF-8: ضع علامة في المربع أدناه إن كانت الحروف في الصفوف أعلاه تُقرأ بشكل صحيح.</translation>
        </message>
        <message>
            <source>row %1: %2</source>
            <translation>الصف %1: %2</translation>
        </message>
        <message>
            <source>Imported %1.</source>
            <translation>اكتمل الاستيراد: %1.</translation>
        </message>
        <message>
            <source>They can be found in their lists and searched as usual.</source>
            <translation>تجدها في قوائمها ويمكن البحث فيها كالمعتاد.</translation>
        </message>
        <message>
            <source>Overwrite and delete the file</source>
            <translation>الكتابة فوق الملف وحذفه</translation>
        </message>
        <message>
            <source>Overwrite %1 and delete it? This cannot be undone.</source>
            <translation>الكتابة فوق %1 وحذفه؟ لا يمكن التراجع عن ذلك.</translation>
        </message>
        <message>
            <source>%1 was overwritten and deleted (copies elsewhere, backups and, on an SSD, old blocks may remain).</source>
            <translation>تمت الكتابة فوق %1 وحذفه (قد تبقى نسخ في أماكن أخرى، ونسخ احتياطية، وعلى أقراص SSD كتل قديمة).</translation>
        </message>
        <message>
            <source>%1 could not be deleted: delete it yourself.</source>
            <translation>تعذّر حذف %1: احذفه بنفسك.</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s)</source>
            <translation>
                <numerusform>لا سجلات</numerusform>
                <numerusform>سجل واحد</numerusform>
                <numerusform>سجلان</numerusform>
                <numerusform>%n سجلات</numerusform>
                <numerusform>%n سجلًا</numerusform>
                <numerusform>%n سجل</numerusform>
            </translation>
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
        <message numerus="yes">
            <source>%n related person(s)</source>
            <translation>
                <numerusform>لا أقارب</numerusform>
                <numerusform>قريب واحد</numerusform>
                <numerusform>قريبان</numerusform>
                <numerusform>%n أقارب</numerusform>
                <numerusform>%n قريبًا</numerusform>
                <numerusform>%n قريب</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n case(s)</source>
            <translation>
                <numerusform>لا ملفات</numerusform>
                <numerusform>ملف واحد</numerusform>
                <numerusform>ملفان</numerusform>
                <numerusform>%n ملفات</numerusform>
                <numerusform>%n ملفًا</numerusform>
                <numerusform>%n ملف</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n incident(s)</source>
            <translation>
                <numerusform>لا حوادث</numerusform>
                <numerusform>حادثة واحدة</numerusform>
                <numerusform>حادثتان</numerusform>
                <numerusform>%n حوادث</numerusform>
                <numerusform>%n حادثة</numerusform>
                <numerusform>%n حادثة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n stay(s)</source>
            <translation>
                <numerusform>لا إقامات</numerusform>
                <numerusform>إقامة واحدة</numerusform>
                <numerusform>إقامتان</numerusform>
                <numerusform>%n إقامات</numerusform>
                <numerusform>%n إقامة</numerusform>
                <numerusform>%n إقامة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n task(s)</source>
            <translation>
                <numerusform>لا مهام</numerusform>
                <numerusform>مهمة واحدة</numerusform>
                <numerusform>مهمتان</numerusform>
                <numerusform>%n مهام</numerusform>
                <numerusform>%n مهمة</numerusform>
                <numerusform>%n مهمة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Check that each column goes to the right field; the first %n row(s) are shown as they will be read.</source>
            <translation>
                <numerusform>تحقّق من أن كل عمود يذهب إلى الحقل الصحيح؛ لا توجد صفوف لعرضها.</numerusform>
                <numerusform>تحقّق من أن كل عمود يذهب إلى الحقل الصحيح؛ يُعرض الصف الأول كما سيُقرأ.</numerusform>
                <numerusform>تحقّق من أن كل عمود يذهب إلى الحقل الصحيح؛ يُعرض الصفان الأولان كما سيُقرآن.</numerusform>
                <numerusform>تحقّق من أن كل عمود يذهب إلى الحقل الصحيح؛ تُعرض الصفوف الـ%n الأولى كما ستُقرأ.</numerusform>
                <numerusform>تحقّق من أن كل عمود يذهب إلى الحقل الصحيح؛ تُعرض الصفوف الـ%n الأولى كما ستُقرأ.</numerusform>
                <numerusform>تحقّق من أن كل عمود يذهب إلى الحقل الصحيح؛ تُعرض الصفوف الـ%n الأولى كما ستُقرأ.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The file cannot be imported as it is: %n problem(s) (nothing was changed). Correct them in the spreadsheet, or go Back and change how columns are matched.</source>
            <translation>
                <numerusform>لا يمكن استيراد الملف كما هو (لم يتغيّر شيء). صحّح المشكلات في الجدول، أو ارجع وغيّر طريقة مطابقة الأعمدة.</numerusform>
                <numerusform>لا يمكن استيراد الملف كما هو: توجد مشكلة واحدة (لم يتغيّر شيء). صحّحها في الجدول، أو ارجع وغيّر طريقة مطابقة الأعمدة.</numerusform>
                <numerusform>لا يمكن استيراد الملف كما هو: توجد مشكلتان (لم يتغيّر شيء). صحّحهما في الجدول، أو ارجع وغيّر طريقة مطابقة الأعمدة.</numerusform>
                <numerusform>لا يمكن استيراد الملف كما هو: توجد %n مشكلات (لم يتغيّر شيء). صحّحها في الجدول، أو ارجع وغيّر طريقة مطابقة الأعمدة.</numerusform>
                <numerusform>لا يمكن استيراد الملف كما هو: توجد %n مشكلة (لم يتغيّر شيء). صحّحها في الجدول، أو ارجع وغيّر طريقة مطابقة الأعمدة.</numerusform>
                <numerusform>لا يمكن استيراد الملف كما هو: توجد %n مشكلة (لم يتغيّر شيء). صحّحها في الجدول، أو ارجع وغيّر طريقة مطابقة الأعمدة.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All %n row(s) are fine. To be created, in one step: %1.</source>
            <translation>
                <numerusform>لا صفوف. سيُنشأ دفعة واحدة: %1.</numerusform>
                <numerusform>الصف سليم. سيُنشأ دفعة واحدة: %1.</numerusform>
                <numerusform>الصفان سليمان. سيُنشأ دفعة واحدة: %1.</numerusform>
                <numerusform>الصفوف الـ%n كلها سليمة. سيُنشأ دفعة واحدة: %1.</numerusform>
                <numerusform>الصفوف الـ%n كلها سليمة. سيُنشأ دفعة واحدة: %1.</numerusform>
                <numerusform>الصفوف الـ%n كلها سليمة. سيُنشأ دفعة واحدة: %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) look like records you already have; they are imported as new records unless you leave them out.</source>
            <translation>
                <numerusform>لا توجد صفوف تشبه سجلات موجودة.</numerusform>
                <numerusform>صف واحد يشبه سجلًا موجودًا لديك؛ يُستورد سجلًا جديدًا ما لم تستبعده.</numerusform>
                <numerusform>صفان يشبهان سجلات موجودة لديك؛ يُستوردان سجلين جديدين ما لم تستبعدهما.</numerusform>
                <numerusform>%n صفوف تشبه سجلات موجودة لديك؛ تُستورد سجلات جديدة ما لم تستبعدها.</numerusform>
                <numerusform>%n صفًا تشبه سجلات موجودة لديك؛ تُستورد سجلات جديدة ما لم تستبعدها.</numerusform>
                <numerusform>%n صف تشبه سجلات موجودة لديك؛ تُستورد سجلات جديدة ما لم تستبعدها.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>…</numerusform>
                <numerusform>… وواحدة أخرى</numerusform>
                <numerusform>… واثنتان أخريان</numerusform>
                <numerusform>… و%n أخرى</numerusform>
                <numerusform>… و%n أخرى</numerusform>
                <numerusform>… و%n أخرى</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) left out as duplicates.</source>
            <translation>
                <numerusform>لم يُستبعد أي صف.</numerusform>
                <numerusform>استُبعد صف واحد لأنه مكرر.</numerusform>
                <numerusform>استُبعد صفان لأنهما مكرران.</numerusform>
                <numerusform>استُبعدت %n صفوف لأنها مكررة.</numerusform>
                <numerusform>استُبعد %n صفًا لأنها مكررة.</numerusform>
                <numerusform>استُبعد %n صف لأنها مكررة.</numerusform>
            </translation>
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
        <message>
            <source>Death threat</source>
            <translation>تهديد بالقتل</translation>
        </message>
        <message>
            <source>Assault</source>
            <translation>اعتداء</translation>
        </message>
        <message>
            <source>Following or stalking</source>
            <translation>ملاحقة أو ترصّد</translation>
        </message>
        <message>
            <source>Raid on home or office</source>
            <translation>مداهمة المنزل أو المكتب</translation>
        </message>
        <message>
            <source>Arrest or detention</source>
            <translation>اعتقال أو احتجاز</translation>
        </message>
        <message>
            <source>Abduction</source>
            <translation>اختطاف</translation>
        </message>
        <message>
            <source>Account takeover</source>
            <translation>الاستيلاء على حساب</translation>
        </message>
        <message>
            <source>Spyware</source>
            <translation>برنامج تجسس</translation>
        </message>
        <message>
            <source>Phishing</source>
            <translation>تصيّد احتيالي</translation>
        </message>
        <message>
            <source>Doxxing</source>
            <translation>نشر البيانات الشخصية (doxxing)</translation>
        </message>
        <message>
            <source>Online smear campaign</source>
            <translation>حملة تشويه عبر الإنترنت</translation>
        </message>
        <message>
            <source>Hate speech</source>
            <translation>خطاب الكراهية</translation>
        </message>
        <message>
            <source>Device seizure</source>
            <translation>مصادرة الأجهزة</translation>
        </message>
        <message>
            <source>Threats to children or partner</source>
            <translation>تهديد الأطفال أو الشريك/ة</translation>
        </message>
        <message>
            <source>Harassment of relatives</source>
            <translation>مضايقة الأقارب</translation>
        </message>
        <message>
            <source>Pressure on employer of relative</source>
            <translation>الضغط على صاحب عمل أحد الأقارب</translation>
        </message>
        <message>
            <source>Threatening SMS or calls</source>
            <translation>رسائل أو مكالمات تهديد</translation>
        </message>
        <message>
            <source>Interception</source>
            <translation>اعتراض الاتصالات</translation>
        </message>
        <message>
            <source>SIM swap</source>
            <translation>استبدال شريحة SIM احتياليًا</translation>
        </message>
        <message>
            <source>Location tracking</source>
            <translation>تتبّع الموقع</translation>
        </message>
        <message>
            <source>Restricted foreign funding</source>
            <translation>تقييد التمويل الأجنبي</translation>
        </message>
        <message>
            <source>Anti-terrorism charges</source>
            <translation>تهم بموجب قوانين مكافحة الإرهاب</translation>
        </message>
        <message>
            <source>Foreign-agent registration</source>
            <translation>التسجيل بصفة «عميل أجنبي»</translation>
        </message>
        <message>
            <source>Travel ban</source>
            <translation>حظر السفر</translation>
        </message>
        <message>
            <source>Office closure</source>
            <translation>إغلاق المكتب</translation>
        </message>
        <message>
            <source>Judicial harassment</source>
            <translation>المضايقة القضائية</translation>
        </message>
        <message>
            <source>Labelled "Western agent"</source>
            <translation>وُصم بـ«عميل للغرب»</translation>
        </message>
        <message>
            <source>Smear in state media</source>
            <translation>التشويه في وسائل الإعلام الرسمية</translation>
        </message>
        <message>
            <source>Criminal defamation suit</source>
            <translation>دعوى تشهير جنائية</translation>
        </message>
        <message>
            <source>1: harassment or intimidation</source>
            <translation>1: مضايقة أو ترهيب</translation>
        </message>
        <message>
            <source>2: indirect threat</source>
            <translation>2: تهديد غير مباشر</translation>
        </message>
        <message>
            <source>3: direct threat</source>
            <translation>3: تهديد مباشر</translation>
        </message>
        <message>
            <source>4: threat with capability shown (surveillance, following, raid, account takeover)</source>
            <translation>4: تهديد مع إظهار القدرة (مراقبة، ملاحقة، مداهمة، استيلاء على حساب)</translation>
        </message>
        <message>
            <source>5: attack, detention, abduction, or imminent threat to life</source>
            <translation>5: اعتداء أو احتجاز أو اختطاف أو تهديد وشيك للحياة</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>الشريك/ة</translation>
        </message>
        <message>
            <source>Child</source>
            <translation>الابن/ة</translation>
        </message>
        <message>
            <source>Parent</source>
            <translation>أحد الوالدين</translation>
        </message>
        <message>
            <source>Sibling</source>
            <translation>الأخ/ت</translation>
        </message>
        <message>
            <source>Other relative</source>
            <translation>قريب آخر</translation>
        </message>
        <message>
            <source>Colleague</source>
            <translation>زميل/ة</translation>
        </message>
        <message>
            <source>Lawyer</source>
            <translation>المحامي/ة</translation>
        </message>
        <message>
            <source>Not recorded yet: nothing about them leaves this vault</source>
            <translation>لم تُسجَّل بعد: لا يخرج شيء عن هذا الشخص من هذه الخزنة</translation>
        </message>
        <message>
            <source>None: nothing about them leaves this vault</source>
            <translation>لا موافقة: لا يخرج شيء عن هذا الشخص من هذه الخزنة</translation>
        </message>
        <message>
            <source>Colleagues: named colleagues of the programme</source>
            <translation>الزملاء: زملاء محددون بالاسم في البرنامج</translation>
        </message>
        <message>
            <source>Partners: redacted partner reports</source>
            <translation>الشركاء: تقارير منقّحة للشركاء</translation>
        </message>
        <message>
            <source>Public: anonymised statistics</source>
            <translation>العموم: إحصاءات مجهّلة الهوية</translation>
        </message>
        <message>
            <source>Written</source>
            <translation>كتابيًا</translation>
        </message>
        <message>
            <source>Verbal</source>
            <translation>شفهيًا</translation>
        </message>
        <message>
            <source>Through a representative</source>
            <translation>عن طريق ممثل</translation>
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
