<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
    <context>
        <name>CheckIn</name>
        <message>
            <source>Check-in with %1</source>
            <translation>متابعة مع %1</translation>
        </message>
        <message>
            <source>Check-in</source>
            <translation>متابعة</translation>
        </message>
        <message>
            <source>Due %1</source>
            <translation>مستحقة في %1</translation>
        </message>
        <message>
            <source>This check-in was missed. Record the contact here once someone has reached the defender.</source>
            <translation>فاتت هذه المتابعة. سجّل التواصل هنا حين يتمكن أحد من الوصول إلى المدافع/ة.</translation>
        </message>
        <message>
            <source>Something worrying was raised</source>
            <translation>أُثير أمر مقلق</translation>
        </message>
        <message>
            <source>Log an incident about it after saving</source>
            <translation>تسجيل حادثة بشأنه بعد الحفظ</translation>
        </message>
        <message>
            <source>The incident form opens with the defender, the day and the note filled in; the incident is linked to this check-in</source>
            <translation>يُفتح نموذج الحادثة وفيه المدافع/ة واليوم والملاحظة؛ وتُربط الحادثة بهذه المتابعة</translation>
        </message>
        <message>
            <source>Done on *</source>
            <translation>تمت في *</translation>
        </message>
        <message>
            <source>How</source>
            <translation>الطريقة</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>ملاحظة</translation>
        </message>
        <message>
            <source>Mark missed</source>
            <translation>تعليم كفائتة</translation>
        </message>
        <message>
            <source>Nobody reached the defender: the check-in stays on the start screen until a contact is recorded</source>
            <translation>لم يصل أحد إلى المدافع/ة: تبقى المتابعة على شاشة البداية حتى يُسجَّل تواصل</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>حفظ</translation>
        </message>
        <message>
            <source>Record as done</source>
            <translation>تسجيلها كمنجزة</translation>
        </message>
        <message>
            <source>Save (Ctrl+S)</source>
            <translation>حفظ (Ctrl+S)</translation>
        </message>
        <message>
            <source>Say when the check-in was done.</source>
            <translation>اذكر متى تمت المتابعة.</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>لم يُحفظ: %1</translation>
        </message>
    </context>
    <context>
        <name>Column</name>
        <message>
            <source>Case</source>
            <translation>الملف</translation>
        </message>
        <message>
            <source>Defender</source>
            <translation>المدافع/ة</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>البرنامج</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>الأولوية</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>فُتح في</translation>
        </message>
        <message>
            <source>Caseworker</source>
            <translation>مسؤول/ة الملف</translation>
        </message>
        <message>
            <source>Codename, or name when there is none</source>
            <translation>الاسم الرمزي، أو الاسم إن لم يوجد</translation>
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
            <source>When the newest incident happened</source>
            <translation>متى وقعت أحدث حادثة</translation>
        </message>
        <message>
            <source>Open incidents</source>
            <translation>حوادث مفتوحة</translation>
        </message>
        <message>
            <source>Incidents with status open or monitoring</source>
            <translation>الحوادث المفتوحة أو قيد المتابعة</translation>
        </message>
        <message>
            <source>Severity (90 days)</source>
            <translation>الخطورة (90 يومًا)</translation>
        </message>
        <message>
            <source>Highest severity among incidents of the last 90 days. Severity: 1 harassment or intimidation; 2 indirect threat; 3 direct threat; 4 threat with capability shown; 5 attack, detention, abduction or imminent threat to life</source>
            <translation>أعلى خطورة بين حوادث آخر 90 يومًا. الخطورة: 1 مضايقة أو ترهيب؛ 2 تهديد غير مباشر؛ 3 تهديد مباشر؛ 4 تهديد مع إظهار القدرة؛ 5 اعتداء أو احتجاز أو اختطاف أو تهديد وشيك للحياة</translation>
        </message>
        <message>
            <source>Active case</source>
            <translation>الملف النشط</translation>
        </message>
        <message>
            <source>The newest case that is not closed or declined</source>
            <translation>أحدث ملف غير مغلق وغير مرفوض</translation>
        </message>
        <message>
            <source>Case status</source>
            <translation>حالة الملف</translation>
        </message>
        <message>
            <source>Severity: 1 harassment or intimidation; 2 indirect threat; 3 direct threat; 4 threat with capability shown; 5 attack, detention, abduction or imminent threat to life</source>
            <translation>الخطورة: 1 مضايقة أو ترهيب؛ 2 تهديد غير مباشر؛ 3 تهديد مباشر؛ 4 تهديد مع إظهار القدرة؛ 5 اعتداء أو احتجاز أو اختطاف أو تهديد وشيك للحياة</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>السجل</translation>
        </message>
        <message>
            <source>Sensitive fields never appear here</source>
            <translation>لا تظهر الحقول الحساسة هنا أبدًا</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>المحذوفات</translation>
        </message>
        <message>
            <source>When it was deleted (UTC)</source>
            <translation>وقت الحذف (UTC)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>النوع</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>المنظمة</translation>
        </message>
        <message>
            <source>City</source>
            <translation>المدينة</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>التاريخ</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>الإجراء</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>الموضوع</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>جهات الاتصال</translation>
        </message>
        <message>
            <source>Defenders</source>
            <translation>المدافعون</translation>
        </message>
        <message>
            <source>Next check-in</source>
            <translation>المتابعة التالية</translation>
        </message>
        <message>
            <source>A missed check-in first (it waits until someone acts), else the next due</source>
            <translation>المتابعة الفائتة أولًا (تنتظر حتى يتصرف أحد)، وإلا فالمتابعة المستحقة التالية</translation>
        </message>
        <message>
            <source>Visa expires</source>
            <translation>انتهاء التأشيرة</translation>
        </message>
        <message>
            <source>Flagged when the visa expires before the planned departure</source>
            <translation>يُنبَّه إليه حين تنتهي التأشيرة قبل المغادرة المخططة</translation>
        </message>
        <message>
            <source>Days left</source>
            <translation>الأيام المتبقية</translation>
        </message>
        <message>
            <source>Days until the planned departure of a stay under way</source>
            <translation>الأيام حتى المغادرة المخططة لإقامة جارية</translation>
        </message>
        <message>
            <source>Arrival</source>
            <translation>الوصول</translation>
        </message>
        <message>
            <source>The arrival recorded, else the planned one</source>
            <translation>الوصول المسجَّل، وإلا فالمخطط</translation>
        </message>
        <message>
            <source>Departure</source>
            <translation>المغادرة</translation>
        </message>
        <message>
            <source>The departure recorded, else the planned one</source>
            <translation>المغادرة المسجَّلة، وإلا فالمخططة</translation>
        </message>
        <message>
            <source>Host city</source>
            <translation>مدينة الاستضافة</translation>
        </message>
        <message>
            <source>Hidden: where the defender is now. Ctrl+Shift+H shows or hides it</source>
            <translation>مخفي: مكان وجود المدافع/ة الآن. ‏Ctrl+Shift+H يظهره أو يخفيه</translation>
        </message>
        <message>
            <source>Best matches first</source>
            <translation>أفضل النتائج أولًا</translation>
        </message>
        <message>
            <source>Matched</source>
            <translation>المطابقة</translation>
        </message>
        <message>
            <source>The words found, in context (hidden fields are never quoted)</source>
            <translation>الكلمات التي وُجدت في سياقها (لا تُقتبس الحقول المخفية أبدًا)</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>المهمة</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>الاستحقاق</translation>
        </message>
        <message>
            <source>A local date (with a time when one was given)</source>
            <translation>تاريخ محلي (مع الوقت إن ذُكر)</translation>
        </message>
        <message>
            <source>Open tasks say when they are due; overdue is counted from today, never stored</source>
            <translation>تذكر المهام المفتوحة موعد استحقاقها؛ ويُحسب التأخر من اليوم ولا يُخزَّن أبدًا</translation>
        </message>
        <message>
            <source>For</source>
            <translation>لـ</translation>
        </message>
        <message>
            <source>About</source>
            <translation>بخصوص</translation>
        </message>
        <message>
            <source>The defender, stay or case it is about</source>
            <translation>المدافع/ة أو الإقامة أو الملف المعني</translation>
        </message>
        <message>
            <source>When</source>
            <translation>متى</translation>
        </message>
        <message>
            <source>When it happened, as precisely as known</source>
            <translation>متى وقعت، بأدق ما هو معروف</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>ما الذي حدث</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>الفئة</translation>
        </message>
        <message>
            <source>The primary category, then any further ones</source>
            <translation>الفئة الرئيسية، ثم أي فئات أخرى</translation>
        </message>
        <message>
            <source>Sub-type</source>
            <translation>النوع الفرعي</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>الخطورة</translation>
        </message>
        <message>
            <source>Edition</source>
            <translation>الدورة</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>البداية</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>النهاية</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>المكان</translation>
        </message>
        <message>
            <source>This column cannot be sorted.</source>
            <translation>لا يمكن فرز هذا العمود.</translation>
        </message>
    </context>
    <context>
        <name>DefenderTabs</name>
        <message>
            <source>Trainings</source>
            <translation>التدريبات</translation>
        </message>
        <message>
            <source>Edition</source>
            <translation>الدورة</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>التواريخ</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>المكان</translation>
        </message>
        <message>
            <source>Modules attended</source>
            <translation>الوحدات التي حضرها</translation>
        </message>
        <message>
            <source>Enrol in a training…</source>
            <translation>التسجيل في تدريب…</translation>
        </message>
        <message>
            <source>Enrol this defender in an edition of the course</source>
            <translation>تسجيل هذا/هذه المدافع/ة في دورة من الدورات التدريبية</translation>
        </message>
        <message>
            <source>Edit enrolment…</source>
            <translation>تعديل التسجيل…</translation>
        </message>
        <message>
            <source>Modules attended and needs noted</source>
            <translation>الوحدات التي حضرها والاحتياجات المدوَّنة</translation>
        </message>
        <message>
            <source>Remove…</source>
            <translation>إزالة…</translation>
        </message>
        <message>
            <source>Move the selected enrolment to Deleted</source>
            <translation>نقل التسجيل المحدد إلى المحذوفات</translation>
        </message>
        <message>
            <source>Advocacy actions</source>
            <translation>إجراءات المناصرة</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>التاريخ</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>الإجراء</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>الموضوع</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>جهات الاتصال</translation>
        </message>
        <message>
            <source>Advocacy</source>
            <translation>المناصرة</translation>
        </message>
        <message>
            <source>Log advocacy action…</source>
            <translation>تسجيل إجراء مناصرة…</translation>
        </message>
        <message>
            <source>A meeting, letter or urgent appeal on this defender's behalf</source>
            <translation>اجتماع أو رسالة أو نداء عاجل نيابةً عن هذا/هذه المدافع/ة</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>تعديل…</translation>
        </message>
        <message>
            <source>Edit the selected action (Enter)</source>
            <translation>تعديل الإجراء المحدد (Enter)</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>حذف…</translation>
        </message>
        <message>
            <source>Move the selected action to Deleted</source>
            <translation>نقل الإجراء المحدد إلى المحذوفات</translation>
        </message>
        <message>
            <source> to </source>
            <translation> إلى </translation>
        </message>
        <message>
            <source>No module recorded yet</source>
            <translation>لم تُسجَّل أي وحدة بعد</translation>
        </message>
        <message>
            <source>(deleted)</source>
            <translation>(محذوف)</translation>
        </message>
        <message>
            <source>Not enrolled in any training yet.</source>
            <translation>غير مسجَّل/ة في أي تدريب بعد.</translation>
        </message>
        <message>
            <source>No advocacy actions on their behalf recorded yet.</source>
            <translation>لم تُسجَّل أي إجراءات مناصرة نيابةً عنه/عنها بعد.</translation>
        </message>
        <message>
            <source>Preventive measures</source>
            <translation>تدابير وقائية</translation>
        </message>
        <message>
            <source>Emergency protocols</source>
            <translation>بروتوكولات الطوارئ</translation>
        </message>
        <message>
            <source>Measures that reduce the threats and vulnerabilities on the Risk tab. Enter opens the selected measure.</source>
            <translation>تدابير تقلّل التهديدات ونقاط الضعف المذكورة في تبويب المخاطر. يفتح Enter التدبير المحدد.</translation>
        </message>
        <message>
            <source>New measure…</source>
            <translation>تدبير جديد…</translation>
        </message>
        <message>
            <source>Add a preventive measure or an emergency protocol</source>
            <translation>إضافة تدبير وقائي أو بروتوكول طوارئ</translation>
        </message>
        <message>
            <source>Plan summary…</source>
            <translation>ملخص الخطة…</translation>
        </message>
        <message>
            <source>The plan to go through with the defender before the return home (printable)</source>
            <translation>الخطة التي تُراجَع مع المدافع/ة قبل العودة إلى الوطن (قابلة للطباعة)</translation>
        </message>
        <message>
            <source>Security plan</source>
            <translation>الخطة الأمنية</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>التدبير</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>الاستحقاق</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>المسؤول/ة</translation>
        </message>
        <message>
            <source>Reduces</source>
            <translation>يقلّل</translation>
        </message>
        <message>
            <source>Open…</source>
            <translation>فتح…</translation>
        </message>
        <message>
            <source>Open the selected measure (Enter)</source>
            <translation>فتح التدبير المحدد (Enter)</translation>
        </message>
        <message>
            <source>In place</source>
            <translation>مطبَّق</translation>
        </message>
        <message>
            <source>The selected measure is in place</source>
            <translation>التدبير المحدد مطبَّق</translation>
        </message>
        <message>
            <source>Reviewed</source>
            <translation>رُوجع</translation>
        </message>
        <message>
            <source>Move the selected measure to Deleted</source>
            <translation>نقل التدبير المحدد إلى المحذوفات</translation>
        </message>
        <message>
            <source>No security plan for this defender yet. Add a measure with “New measure…”.</source>
            <translation>لا خطة أمنية لهذا/هذه المدافع/ة بعد. أضف تدبيرًا عبر «تدبير جديد…».</translation>
        </message>
        <message>
            <source>How</source>
            <translation>الطريقة</translation>
        </message>
        <message>
            <source>overdue</source>
            <translation>متأخر</translation>
        </message>
        <message>
            <source>review due %1</source>
            <translation>المراجعة مستحقة %1</translation>
        </message>
        <message>
            <source>, </source>
            <translation>، </translation>
        </message>
        <message>
            <source>a deleted item</source>
            <translation>عنصر محذوف</translation>
        </message>
        <message>
            <source>Measure not changed</source>
            <translation>لم يتغير التدبير</translation>
        </message>
        <message>
            <source>In place: %1</source>
            <translation>مطبَّق: %1</translation>
        </message>
        <message>
            <source>Reviewed today: %1. Next review %2.</source>
            <translation>رُوجع اليوم: %1. المراجعة التالية في %2.</translation>
        </message>
        <message>
            <source>Save the plan summary as PDF</source>
            <translation>حفظ ملخص الخطة بصيغة PDF</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>لم يُحفظ</translation>
        </message>
        <message>
            <source>The PDF could not be written (%1).</source>
            <translation>تعذّرت كتابة ملف PDF ‏(%1).</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>تم الحفظ</translation>
        </message>
        <message>
            <source>The PDF holds the plan in clear. Print it, go through it with the defender, then delete the file and empty the trash.</source>
            <translation>يحتوي ملف PDF على الخطة بلا تشفير. اطبعه وراجعه مع المدافع/ة، ثم احذف الملف وأفرغ سلة المهملات.</translation>
        </message>
        <message>
            <source>Security plan summary</source>
            <translation>ملخص الخطة الأمنية</translation>
        </message>
        <message>
            <source>Go through this with the defender before the return home. Threats, the reasoning and how measures work are hidden until shown.</source>
            <translation>راجِع هذا مع المدافع/ة قبل العودة إلى الوطن. التهديدات والتعليل وطريقة عمل التدابير مخفية حتى تُظهَر.</translation>
        </message>
        <message>
            <source>Show hidden details</source>
            <translation>إظهار التفاصيل المخفية</translation>
        </message>
        <message>
            <source>Plan summary</source>
            <translation>ملخص الخطة</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>حفظ بصيغة PDF…</translation>
        </message>
        <message>
            <source>The facts</source>
            <translation>الوقائع</translation>
        </message>
        <message>
            <source>Pattern over time</source>
            <translation>النمط عبر الزمن</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>الهدف</translation>
        </message>
        <message>
            <source>Who is behind it</source>
            <translation>من يقف وراءه</translation>
        </message>
        <message>
            <source>Can it be carried out</source>
            <translation>هل يمكن تنفيذه</translation>
        </message>
        <message>
            <source> (suggests %1)</source>
            <translation> (يقترح %1)</translation>
        </message>
        <message>
            <source>not rated</source>
            <translation>غير مقيَّم</translation>
        </message>
        <message>
            <source>The assessed level over time beside the incidents logged each month. Enter opens the selected line.</source>
            <translation>المستوى المقيَّم عبر الزمن بجانب الحوادث المسجَّلة كل شهر. يفتح Enter السطر المحدد.</translation>
        </message>
        <message>
            <source>New assessment…</source>
            <translation>تقييم جديد…</translation>
        </message>
        <message>
            <source>Assess this defender's risk again</source>
            <translation>إعادة تقييم المخاطر على هذا/هذه المدافع/ة</translation>
        </message>
        <message>
            <source>Add item…</source>
            <translation>إضافة عنصر…</translation>
        </message>
        <message>
            <source>Add a threat, vulnerability or capacity to the selected assessment</source>
            <translation>إضافة تهديد أو نقطة ضعف أو قدرة إلى التقييم المحدد</translation>
        </message>
        <message>
            <source>Risk assessments and their items</source>
            <translation>تقييمات المخاطر وعناصرها</translation>
        </message>
        <message>
            <source>What</source>
            <translation>ماذا</translation>
        </message>
        <message>
            <source>Rating</source>
            <translation>التقدير</translation>
        </message>
        <message>
            <source>Linked incidents</source>
            <translation>الحوادث المرتبطة</translation>
        </message>
        <message>
            <source>Open the selected assessment or item (Enter)</source>
            <translation>فتح التقييم أو العنصر المحدد (Enter)</translation>
        </message>
        <message>
            <source>Move the selected assessment or item to Deleted</source>
            <translation>نقل التقييم أو العنصر المحدد إلى المحذوفات</translation>
        </message>
        <message>
            <source>No risk assessment for this defender yet. Make one with “New assessment…”.</source>
            <translation>لا يوجد تقييم للمخاطر لهذا/هذه المدافع/ة بعد. أنشئ واحدًا عبر «تقييم جديد…».</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>الوصف</translation>
        </message>
        <message>
            <source>Reasoning</source>
            <translation>التعليل</translation>
        </message>
        <message>
            <source>by %1</source>
            <translation>بواسطة %1</translation>
        </message>
        <message>
            <source>deleted incident</source>
            <translation>حادثة محذوفة</translation>
        </message>
        <message>
            <source>Done %1</source>
            <translation>تمت في %1</translation>
        </message>
        <message>
            <source>something worrying raised</source>
            <translation>أُثير أمر مقلق</translation>
        </message>
        <message>
            <source>incident logged</source>
            <translation>سُجّلت حادثة</translation>
        </message>
        <message>
            <source>Missed: waiting for someone to act</source>
            <translation>فائتة: بانتظار أن يتصرف أحد</translation>
        </message>
        <message>
            <source>Scheduled</source>
            <translation>مجدولة</translation>
        </message>
        <message>
            <source>%1, overdue</source>
            <translation>%1، متأخرة</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>من %1 إلى %2</translation>
        </message>
        <message>
            <source>Stays in a safe city with their check-ins and tasks. Enter opens the selected line.</source>
            <translation>الإقامات في مدينة آمنة مع متابعاتها ومهامها. يفتح Enter السطر المحدد.</translation>
        </message>
        <message>
            <source>New stay…</source>
            <translation>إقامة جديدة…</translation>
        </message>
        <message>
            <source>Plan a stay for this defender</source>
            <translation>التخطيط لإقامة لهذا/هذه المدافع/ة</translation>
        </message>
        <message>
            <source>Schedule check-in…</source>
            <translation>جدولة متابعة…</translation>
        </message>
        <message>
            <source>Schedule a check-in during or after the selected stay</source>
            <translation>جدولة متابعة أثناء الإقامة المحددة أو بعدها</translation>
        </message>
        <message>
            <source>Add task…</source>
            <translation>إضافة مهمة…</translation>
        </message>
        <message>
            <source>A task about this defender (and the selected stay)</source>
            <translation>مهمة بخصوص هذا/هذه المدافع/ة (والإقامة المحددة)</translation>
        </message>
        <message>
            <source>Stays, check-ins and tasks</source>
            <translation>الإقامات والمتابعات والمهام</translation>
        </message>
        <message>
            <source>When</source>
            <translation>متى</translation>
        </message>
        <message>
            <source>Open the selected stay, check-in or task (Enter)</source>
            <translation>فتح الإقامة أو المتابعة أو المهمة المحددة (Enter)</translation>
        </message>
        <message>
            <source>Move the selected stay, check-in or task to Deleted</source>
            <translation>نقل الإقامة أو المتابعة أو المهمة المحددة إلى المحذوفات</translation>
        </message>
        <message>
            <source>No stays recorded for this defender. Plan one with “New stay…”.</source>
            <translation>لا توجد إقامات مسجَّلة لهذا/هذه المدافع/ة. خطّط لواحدة عبر «إقامة جديدة…».</translation>
        </message>
        <message>
            <source>Host city</source>
            <translation>مدينة الاستضافة</translation>
        </message>
        <message>
            <source>Accommodation</source>
            <translation>السكن</translation>
        </message>
        <message>
            <source>Check-in</source>
            <translation>متابعة</translation>
        </message>
        <message>
            <source>Task: %1</source>
            <translation>مهمة: %1</translation>
        </message>
        <message>
            <source>Other tasks about this defender</source>
            <translation>مهام أخرى بخصوص هذا/هذه المدافع/ة</translation>
        </message>
        <message>
            <source>the visa expires %1, before the planned departure %2</source>
            <translation>تنتهي التأشيرة في %1، قبل المغادرة المخططة في %2</translation>
        </message>
        <message>
            <source>Warning: %1</source>
            <translation>تنبيه: %1</translation>
        </message>
        <message numerus="yes">
            <source>Reviewed today; the next review in %n month(s) (change it with Open…)</source>
            <translation>
                <numerusform>رُوجع اليوم؛ المراجعة التالية الآن (غيّرها عبر فتح…)</numerusform>
                <numerusform>رُوجع اليوم؛ المراجعة التالية بعد شهر واحد (غيّرها عبر فتح…)</numerusform>
                <numerusform>رُوجع اليوم؛ المراجعة التالية بعد شهرين (غيّرها عبر فتح…)</numerusform>
                <numerusform>رُوجع اليوم؛ المراجعة التالية بعد %n أشهر (غيّرها عبر فتح…)</numerusform>
                <numerusform>رُوجع اليوم؛ المراجعة التالية بعد %n شهرًا (غيّرها عبر فتح…)</numerusform>
                <numerusform>رُوجع اليوم؛ المراجعة التالية بعد %n شهر (غيّرها عبر فتح…)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s)</source>
            <translation>
                <numerusform>لا عناصر</numerusform>
                <numerusform>عنصر واحد</numerusform>
                <numerusform>عنصران</numerusform>
                <numerusform>%n عناصر</numerusform>
                <numerusform>%n عنصرًا</numerusform>
                <numerusform>%n عنصر</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DefenderView</name>
        <message>
            <source>Incidents</source>
            <translation>الحوادث</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>الملف الشخصي</translation>
        </message>
        <message>
            <source>Related people</source>
            <translation>المقرَّبون</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>الملفات</translation>
        </message>
        <message>
            <source>Sharing</source>
            <translation>المشاركة</translation>
        </message>
        <message>
            <source>Relocation</source>
            <translation>النقل المؤقت</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>المخاطر</translation>
        </message>
        <message>
            <source>Security plan</source>
            <translation>الخطة الأمنية</translation>
        </message>
        <message>
            <source>, </source>
            <translation>، </translation>
        </message>
        <message>
            <source>‹ All defenders</source>
            <translation>‹ كل المدافعين</translation>
        </message>
        <message>
            <source>Back to all defenders</source>
            <translation>العودة إلى كل المدافعين</translation>
        </message>
        <message>
            <source>Log incident…</source>
            <translation>تسجيل حادثة…</translation>
        </message>
        <message>
            <source>Log an incident for this defender (Ctrl+N)</source>
            <translation>تسجيل حادثة لهذا/هذه المدافع/ة (Ctrl+N)</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>تعديل…</translation>
        </message>
        <message>
            <source>Edit this defender</source>
            <translation>تعديل هذا/هذه المدافع/ة</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>حذف…</translation>
        </message>
        <message>
            <source>Move this defender to Deleted</source>
            <translation>نقل هذا/هذه المدافع/ة إلى المحذوفات</translation>
        </message>
        <message>
            <source>History…</source>
            <translation>السجل…</translation>
        </message>
        <message>
            <source>What was done to this defender, and when</source>
            <translation>ما الذي أُجري على هذا السجل، ومتى</translation>
        </message>
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
            <source>Back to the list of defenders (Esc)</source>
            <translation>العودة إلى قائمة المدافعين (Esc)</translation>
        </message>
        <message>
            <source>What just happened</source>
            <translation>ما حدث للتو</translation>
        </message>
        <message>
            <source>Defender sections</source>
            <translation>أقسام المدافع/ة</translation>
        </message>
        <message>
            <source>Edit the selected incident</source>
            <translation>تعديل الحادثة المحددة</translation>
        </message>
        <message>
            <source>Move the selected incident to Deleted</source>
            <translation>نقل الحادثة المحددة إلى المحذوفات</translation>
        </message>
        <message>
            <source>Family members, colleagues and others close to the defender. Names are hidden until shown.</source>
            <translation>أفراد الأسرة والزملاء وغيرهم من المقرَّبين من المدافع/ة. الأسماء مخفية حتى تُظهَر.</translation>
        </message>
        <message>
            <source>Add related person…</source>
            <translation>إضافة شخص مقرَّب…</translation>
        </message>
        <message>
            <source>Add a family member, colleague or other related person</source>
            <translation>إضافة فرد من الأسرة أو زميل أو شخص مقرَّب آخر</translation>
        </message>
        <message>
            <source>Add case…</source>
            <translation>إضافة ملف…</translation>
        </message>
        <message>
            <source>Open a new case for this defender</source>
            <translation>فتح ملف جديد لهذا/هذه المدافع/ة</translation>
        </message>
        <message>
            <source>Edit the selected case</source>
            <translation>تعديل الملف المحدد</translation>
        </message>
        <message>
            <source>Move the selected case to Deleted</source>
            <translation>نقل الملف المحدد إلى المحذوفات</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>الملف</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>الأولوية</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>فُتح في</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>أُغلق في</translation>
        </message>
        <message>
            <source>Caseworker</source>
            <translation>مسؤول/ة الملف</translation>
        </message>
        <message>
            <source>No cases for this defender yet. Open one with “Add case…”.</source>
            <translation>لا ملفات لهذا/هذه المدافع/ة بعد. افتح واحدًا عبر «إضافة ملف…».</translation>
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
        <message>
            <source>deleted</source>
            <translation>محذوف</translation>
        </message>
        <message>
            <source>%1 lowered it to “%2”: nothing about them leaves this vault beyond that</source>
            <translation>خفّضه %1 إلى «%2»: لا يغادر هذه الخزنة عنه/عنها شيء يتجاوز ذلك</translation>
        </message>
        <message>
            <source>Consent limit from a colleague</source>
            <translation>حدّ موافقة من زميل</translation>
        </message>
        <message>
            <source>Consent limit</source>
            <translation>حدّ الموافقة</translation>
        </message>
        <message>
            <source>No related people recorded yet.</source>
            <translation>لم يُسجَّل أي مقرَّبين بعد.</translation>
        </message>
        <message>
            <source>Related person</source>
            <translation>شخص مقرَّب</translation>
        </message>
        <message>
            <source>Edit this related person</source>
            <translation>تعديل هذا الشخص المقرَّب</translation>
        </message>
        <message>
            <source>Move this related person to Deleted</source>
            <translation>نقل هذا الشخص المقرَّب إلى المحذوفات</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <source>Contact details</source>
            <translation>بيانات الاتصال</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>ملاحظات</translation>
        </message>
        <message>
            <source>No incidents logged yet.</source>
            <translation>لم تُسجَّل أي حوادث بعد.</translation>
        </message>
        <message>
            <source>Saved. %1</source>
            <translation>تم الحفظ. %1</translation>
        </message>
        <message>
            <source>Training and advocacy</source>
            <translation>التدريب والمناصرة</translation>
        </message>
        <message numerus="yes">
            <source>%n incident(s), newest first. Open a group to see its incidents; Enter edits the selected one.</source>
            <translation>
                <numerusform>لا حوادث. افتح مجموعة لترى حوادثها؛ يعدّل Enter الحادثة المحددة.</numerusform>
                <numerusform>حادثة واحدة. افتح مجموعة لترى حوادثها؛ يعدّل Enter الحادثة المحددة.</numerusform>
                <numerusform>حادثتان، الأحدث أولًا. افتح مجموعة لترى حوادثها؛ يعدّل Enter الحادثة المحددة.</numerusform>
                <numerusform>%n حوادث، الأحدث أولًا. افتح مجموعة لترى حوادثها؛ يعدّل Enter الحادثة المحددة.</numerusform>
                <numerusform>%n حادثة، الأحدث أولًا. افتح مجموعة لترى حوادثها؛ يعدّل Enter الحادثة المحددة.</numerusform>
                <numerusform>%n حادثة، الأحدث أولًا. افتح مجموعة لترى حوادثها؛ يعدّل Enter الحادثة المحددة.</numerusform>
            </translation>
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
        <name>Editors</name>
        <message>
            <source>e.g. 2024, 2024-03, 2024-03-15 (or 15/03/2024), 2024-03-15T14:30, or a range 2024-03..2024-05</source>
            <translation>مثلًا ⁦2024⁩ أو ⁦2024-03⁩ أو ⁦2024-03-15⁩ (أو ⁦15/03/2024⁩) أو ⁦2024-03-15T14:30⁩ أو مدة ⁦2024-03..2024-05⁩</translation>
        </message>
        <message>
            <source>Separate with commas</source>
            <translation>افصل بفواصل</translation>
        </message>
        <message>
            <source>YYYY-MM-DD or DD/MM/YYYY, or just YYYY-MM or YYYY</source>
            <translation>⁦YYYY-MM-DD⁩ أو ⁦DD/MM/YYYY⁩، أو فقط ⁦YYYY-MM⁩ أو ⁦YYYY⁩</translation>
        </message>
        <message>
            <source>Date, %1</source>
            <translation>تاريخ، %1</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>اختر…</translation>
        </message>
        <message>
            <source>Not set</source>
            <translation>غير محدد</translation>
        </message>
        <message>
            <source>Not assessed</source>
            <translation>غير مقيَّم</translation>
        </message>
        <message>
            <source>Type part of the country's name</source>
            <translation>اكتب جزءًا من اسم البلد</translation>
        </message>
        <message>
            <source>“%1” is not a country in the list: type part of its name and choose it, or leave the field empty</source>
            <translation>«%1» ليس بلدًا في القائمة: اكتب جزءًا من اسمه واختره، أو اترك الحقل فارغًا</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>إظهار</translation>
        </message>
        <message>
            <source>Show or hide this value</source>
            <translation>إظهار هذه القيمة أو إخفاؤها</translation>
        </message>
        <message>
            <source>Hide</source>
            <translation>إخفاء</translation>
        </message>
        <message>
            <source>Hide %1</source>
            <translation>إخفاء %1</translation>
        </message>
        <message>
            <source>Show %1</source>
            <translation>إظهار %1</translation>
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
            <source>Stay</source>
            <translation>الإقامة</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>الموعد النهائي</translation>
        </message>
        <message>
            <source>Done on</source>
            <translation>تمت في</translation>
        </message>
        <message>
            <source>How</source>
            <translation>الطريقة</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>ملاحظة</translation>
        </message>
        <message>
            <source>Anything worrying</source>
            <translation>أي أمر مقلق</translation>
        </message>
        <message>
            <source>Incident logged</source>
            <translation>الحادثة المسجَّلة</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>البداية</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>النهاية</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>المكان</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>التدريب</translation>
        </message>
        <message>
            <source>Modules attended</source>
            <translation>الوحدات التي حضرها</translation>
        </message>
        <message>
            <source>Needs noted</source>
            <translation>الاحتياجات المدوَّنة</translation>
        </message>
        <message>
            <source>Assessed on</source>
            <translation>تاريخ التقييم</translation>
        </message>
        <message>
            <source>Resulting level</source>
            <translation>المستوى الناتج</translation>
        </message>
        <message>
            <source>Assessed by</source>
            <translation>قيَّمه</translation>
        </message>
        <message>
            <source>Reasoning</source>
            <translation>التعليل</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>التقييم</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>النوع</translation>
        </message>
        <message>
            <source>Likelihood</source>
            <translation>الاحتمال</translation>
        </message>
        <message>
            <source>Impact</source>
            <translation>الأثر</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>المستوى</translation>
        </message>
        <message>
            <source>Incidents</source>
            <translation>الحوادث</translation>
        </message>
        <message>
            <source>The facts</source>
            <translation>الوقائع</translation>
        </message>
        <message>
            <source>Pattern over time</source>
            <translation>النمط عبر الزمن</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>الهدف</translation>
        </message>
        <message>
            <source>Who is behind it</source>
            <translation>من يقف وراءه</translation>
        </message>
        <message>
            <source>Can it be carried out</source>
            <translation>هل يمكن تنفيذه</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>التدبير</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>المسؤول/ة</translation>
        </message>
        <message>
            <source>Next review</source>
            <translation>المراجعة التالية</translation>
        </message>
        <message>
            <source>Reduces</source>
            <translation>يقلّل</translation>
        </message>
        <message>
            <source>Last reviewed</source>
            <translation>آخر مراجعة</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>النوع</translation>
        </message>
        <message>
            <source>City</source>
            <translation>المدينة</translation>
        </message>
        <message>
            <source>How to reach them</source>
            <translation>طريقة التواصل</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>الإجراء</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>التاريخ</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>الموضوع</translation>
        </message>
        <message>
            <source>Contacts involved</source>
            <translation>جهات الاتصال المعنية</translation>
        </message>
        <message>
            <source>Defenders it concerns</source>
            <translation>المدافعون المعنيون</translation>
        </message>
        <message>
            <source>Incidents it concerns</source>
            <translation>الحوادث المعنية</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>النتيجة</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>المتابعة اللاحقة</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>المهمة</translation>
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
        <name>IncidentFilter</name>
        <message>
            <source>Open and monitoring</source>
            <translation>المفتوحة وقيد المتابعة</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>المفتوحة</translation>
        </message>
        <message>
            <source>Monitoring</source>
            <translation>قيد المتابعة</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>المغلقة</translation>
        </message>
        <message>
            <source>All incidents</source>
            <translation>كل الحوادث</translation>
        </message>
    </context>
    <context>
        <name>Kind</name>
        <message>
            <source>defender</source>
            <translation>مدافع/ة</translation>
        </message>
        <message>
            <source>related person</source>
            <translation>شخص مقرَّب</translation>
        </message>
        <message>
            <source>case</source>
            <translation>ملف</translation>
        </message>
        <message>
            <source>incident</source>
            <translation>حادثة</translation>
        </message>
        <message>
            <source>stay</source>
            <translation>إقامة</translation>
        </message>
        <message>
            <source>check-in</source>
            <translation>متابعة</translation>
        </message>
        <message>
            <source>training</source>
            <translation>تدريب</translation>
        </message>
        <message>
            <source>training participant</source>
            <translation>مشارك/ة في تدريب</translation>
        </message>
        <message>
            <source>risk assessment</source>
            <translation>تقييم مخاطر</translation>
        </message>
        <message>
            <source>risk item</source>
            <translation>عنصر مخاطر</translation>
        </message>
        <message>
            <source>security measure</source>
            <translation>تدبير أمني</translation>
        </message>
        <message>
            <source>network contact</source>
            <translation>جهة اتصال في الشبكة</translation>
        </message>
        <message>
            <source>advocacy action</source>
            <translation>إجراء مناصرة</translation>
        </message>
        <message>
            <source>task</source>
            <translation>مهمة</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Physical</source>
            <translation>جسدي</translation>
        </message>
        <message>
            <source>Digital</source>
            <translation>رقمي</translation>
        </message>
        <message>
            <source>Family</source>
            <translation>الأسرة</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>الهاتف</translation>
        </message>
        <message>
            <source>Legal</source>
            <translation>قانوني</translation>
        </message>
        <message>
            <source>Defamation</source>
            <translation>تشهير</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>أخرى</translation>
        </message>
        <message>
            <source>Not assessed</source>
            <translation>غير مقيَّم</translation>
        </message>
        <message>
            <source>No category</source>
            <translation>بلا فئة</translation>
        </message>
    </context>
    <context>
        <name>LinkEditors</name>
        <message>
            <source>Type part of a name or codename</source>
            <translation>اكتب جزءًا من اسم أو اسم رمزي</translation>
        </message>
        <message>
            <source>choose a defender from the list that appears as you type</source>
            <translation>اختر مدافعًا/مدافعة من القائمة التي تظهر أثناء الكتابة</translation>
        </message>
        <message>
            <source>%1 chosen</source>
            <translation>%1 المختارون</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>إزالة</translation>
        </message>
        <message>
            <source>Remove the selected defender</source>
            <translation>إزالة المدافع/ة المحدد/ة</translation>
        </message>
        <message>
            <source>Add a defender: type part of a name or codename</source>
            <translation>إضافة مدافع/ة: اكتب جزءًا من اسم أو اسم رمزي</translation>
        </message>
        <message>
            <source>choose a defender from the list that appears as you type, or empty the line</source>
            <translation>اختر مدافعًا/مدافعة من القائمة التي تظهر أثناء الكتابة، أو أفرغ السطر</translation>
        </message>
        <message>
            <source>related people</source>
            <translation>المقرَّبون</translation>
        </message>
        <message>
            <source>names</source>
            <translation>الأسماء</translation>
        </message>
        <message>
            <source>incidents</source>
            <translation>الحوادث</translation>
        </message>
        <message>
            <source>descriptions</source>
            <translation>الأوصاف</translation>
        </message>
        <message>
            <source>threats and vulnerabilities</source>
            <translation>التهديدات ونقاط الضعف</translation>
        </message>
        <message>
            <source>Choose one</source>
            <translation>اختر واحدًا</translation>
        </message>
        <message>
            <source>None</source>
            <translation>لا أحد</translation>
        </message>
        <message>
            <source>None recorded yet: %1.</source>
            <translation>لم يُسجَّل شيء بعد: %1.</translation>
        </message>
        <message>
            <source>Choose a defender first; their %1 appear here.</source>
            <translation>اختر مدافعًا/مدافعة أولًا؛ تظهر هنا %1 الخاصة به/بها.</translation>
        </message>
        <message>
            <source>Show %1</source>
            <translation>إظهار %1</translation>
        </message>
        <message>
            <source>Show %1 in %2</source>
            <translation>إظهار %1 في %2</translation>
        </message>
        <message>
            <source>No %1 recorded for them yet.</source>
            <translation>لم يُسجَّل لهم بعد: %1.</translation>
        </message>
        <message>
            <source>Hide %1</source>
            <translation>إخفاء %1</translation>
        </message>
        <message>
            <source>, of %1</source>
            <translation>، من %1</translation>
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
            <source>No cases match this filter.</source>
            <translation>لا توجد ملفات مطابقة لهذا المرشِّح.</translation>
        </message>
        <message>
            <source>New case…</source>
            <translation>ملف جديد…</translation>
        </message>
        <message>
            <source>Open a new case</source>
            <translation>فتح ملف جديد</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>تعديل…</translation>
        </message>
        <message>
            <source>Edit the selected case (Enter)</source>
            <translation>تعديل الملف المحدد (Enter)</translation>
        </message>
        <message>
            <source>Defender</source>
            <translation>المدافع/ة</translation>
        </message>
        <message>
            <source>Open the selected case's defender</source>
            <translation>فتح المدافع/ة صاحب/ة الملف المحدد</translation>
        </message>
        <message>
            <source>Sharing…</source>
            <translation>المشاركة…</translation>
        </message>
        <message>
            <source>Choose the colleagues the selected case is shared with</source>
            <translation>اختيار الزملاء الذين يُشارَك معهم الملف المحدد</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>حذف…</translation>
        </message>
        <message>
            <source>Move the selected case to Deleted</source>
            <translation>نقل الملف المحدد إلى المحذوفات</translation>
        </message>
        <message>
            <source>Active (not closed or declined)</source>
            <translation>النشطة (غير المغلقة أو المرفوضة)</translation>
        </message>
        <message>
            <source>All cases</source>
            <translation>كل الملفات</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>الحالة</translation>
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
            <source>Defenders</source>
            <translation>المدافعون</translation>
        </message>
        <message>
            <source>Related people</source>
            <translation>المقرَّبون</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>الملفات</translation>
        </message>
        <message>
            <source>Incidents</source>
            <translation>الحوادث</translation>
        </message>
        <message>
            <source>Stays</source>
            <translation>الإقامات</translation>
        </message>
        <message>
            <source>Check-ins</source>
            <translation>المتابعات</translation>
        </message>
        <message>
            <source>Trainings</source>
            <translation>التدريبات</translation>
        </message>
        <message>
            <source>Training participants</source>
            <translation>المشاركون في التدريبات</translation>
        </message>
        <message>
            <source>Risk assessments</source>
            <translation>تقييمات المخاطر</translation>
        </message>
        <message>
            <source>Risk items</source>
            <translation>عناصر المخاطر</translation>
        </message>
        <message>
            <source>Security measures</source>
            <translation>التدابير الأمنية</translation>
        </message>
        <message>
            <source>Network contacts</source>
            <translation>جهات الاتصال في الشبكة</translation>
        </message>
        <message>
            <source>Advocacy actions</source>
            <translation>إجراءات المناصرة</translation>
        </message>
        <message>
            <source>Tasks</source>
            <translation>المهام</translation>
        </message>
        <message>
            <source>Nothing of this kind has been deleted.</source>
            <translation>لم يُحذف شيء من هذا النوع.</translation>
        </message>
        <message>
            <source>Deleted records are kept here and can be restored. Purging one removes its content from this vault for good.</source>
            <translation>تُحفظ السجلات المحذوفة هنا ويمكن استعادتها. يزيل التطهير محتوى السجل من هذه الخزنة نهائيًا.</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>استعادة</translation>
        </message>
        <message>
            <source>Put the selected record back where it was</source>
            <translation>إعادة السجل المحدد إلى مكانه</translation>
        </message>
        <message>
            <source>Purge…</source>
            <translation>تطهير…</translation>
        </message>
        <message>
            <source>Remove the selected record's content for good (cannot be undone)</source>
            <translation>إزالة محتوى السجل المحدد نهائيًا (لا يمكن التراجع)</translation>
        </message>
        <message>
            <source>Spreadsheet imports…</source>
            <translation>عمليات استيراد الجداول…</translation>
        </message>
        <message>
            <source>Undo a spreadsheet import as a whole, or bring it back</source>
            <translation>التراجع عن استيراد جدول كاملًا، أو إعادته</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>إظهار</translation>
        </message>
        <message>
            <source>No network contacts match this filter. Add one with “New contact…”.</source>
            <translation>لا توجد جهات اتصال مطابقة لهذا المرشِّح. أضف واحدة عبر «جهة اتصال جديدة…».</translation>
        </message>
        <message>
            <source>People and organisations in Brussels, The Hague, Geneva, New York and elsewhere. How to reach them is hidden until shown, in the contact's form.</source>
            <translation>أشخاص ومنظمات في بروكسل ولاهاي وجنيف ونيويورك وغيرها. طريقة التواصل معهم مخفية حتى تُظهَر، في نموذج جهة الاتصال.</translation>
        </message>
        <message>
            <source>New contact…</source>
            <translation>جهة اتصال جديدة…</translation>
        </message>
        <message>
            <source>Add a network contact</source>
            <translation>إضافة جهة اتصال في الشبكة</translation>
        </message>
        <message>
            <source>Edit the selected contact (Enter)</source>
            <translation>تعديل جهة الاتصال المحددة (Enter)</translation>
        </message>
        <message>
            <source>Log advocacy…</source>
            <translation>تسجيل مناصرة…</translation>
        </message>
        <message>
            <source>Record a meeting, letter or appeal with the selected contact</source>
            <translation>تسجيل اجتماع أو رسالة أو نداء مع جهة الاتصال المحددة</translation>
        </message>
        <message>
            <source>Move the selected contact to Deleted</source>
            <translation>نقل جهة الاتصال المحددة إلى المحذوفات</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>كل الأنواع</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>النوع</translation>
        </message>
        <message>
            <source>All cities</source>
            <translation>كل المدن</translation>
        </message>
        <message>
            <source>City</source>
            <translation>المدينة</translation>
        </message>
        <message>
            <source>No advocacy actions match this filter. Add one with “New action…”.</source>
            <translation>لا توجد إجراءات مناصرة مطابقة لهذا المرشِّح. أضف واحدًا عبر «إجراء جديد…».</translation>
        </message>
        <message>
            <source>Meetings, letters and urgent appeals with network contacts on behalf of defenders, newest first. Outcomes and follow-ups are in each action's form, hidden until shown.</source>
            <translation>اجتماعات ورسائل ونداءات عاجلة مع جهات الاتصال في الشبكة نيابةً عن المدافعين، الأحدث أولًا. النتائج والمتابعات في نموذج كل إجراء، مخفية حتى تُظهَر.</translation>
        </message>
        <message>
            <source>New action…</source>
            <translation>إجراء جديد…</translation>
        </message>
        <message>
            <source>Record an advocacy action</source>
            <translation>تسجيل إجراء مناصرة</translation>
        </message>
        <message>
            <source>Edit the selected action (Enter)</source>
            <translation>تعديل الإجراء المحدد (Enter)</translation>
        </message>
        <message>
            <source>Open the first defender the selected action concerns</source>
            <translation>فتح أول مدافع/ة يعنيه الإجراء المحدد</translation>
        </message>
        <message>
            <source>Move the selected action to Deleted</source>
            <translation>نقل الإجراء المحدد إلى المحذوفات</translation>
        </message>
        <message>
            <source>All actions</source>
            <translation>كل الإجراءات</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>الإجراء</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>الشبكة</translation>
        </message>
        <message>
            <source>Network sections</source>
            <translation>أقسام الشبكة</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>جهات الاتصال</translation>
        </message>
        <message>
            <source>Current (planned, travelling, in stay)</source>
            <translation>الحالية (مخططة، في السفر، في الإقامة)</translation>
        </message>
        <message>
            <source>All stays</source>
            <translation>كل الإقامات</translation>
        </message>
        <message>
            <source>%1 (planned)</source>
            <translation>%1 (مخطط)</translation>
        </message>
        <message>
            <source>%1, before departure!</source>
            <translation>%1، قبل المغادرة!</translation>
        </message>
        <message>
            <source>No stays match this filter. Add one with “New stay…”.</source>
            <translation>لا توجد إقامات مطابقة لهذا المرشِّح. أضف واحدة عبر «إقامة جديدة…».</translation>
        </message>
        <message>
            <source>Stays in a safe city. A missed check-in is listed first in its row until someone records a contact. Host cities are hidden: %1 shows them.</source>
            <translation>الإقامات في مدينة آمنة. تظهر المتابعة الفائتة أولًا في صفها حتى يسجّل أحد تواصلًا. مدن الاستضافة مخفية: %1 يظهرها.</translation>
        </message>
        <message>
            <source>New stay…</source>
            <translation>إقامة جديدة…</translation>
        </message>
        <message>
            <source>Plan a stay for a defender</source>
            <translation>التخطيط لإقامة لمدافع/ة</translation>
        </message>
        <message>
            <source>Edit the selected stay (Enter)</source>
            <translation>تعديل الإقامة المحددة (Enter)</translation>
        </message>
        <message>
            <source>The stay's check-ins and tasks, on its defender's Relocation tab, where check-ins are scheduled and recorded</source>
            <translation>متابعات الإقامة ومهامها، في تبويب النقل المؤقت الخاص بالمدافع/ة، حيث تُجدوَل المتابعات وتُسجَّل</translation>
        </message>
        <message>
            <source>Move the selected stay to Deleted</source>
            <translation>نقل الإقامة المحددة إلى المحذوفات</translation>
        </message>
        <message>
            <source>Missed (%1)</source>
            <translation>فائتة (%1)</translation>
        </message>
        <message>
            <source>Also search names of relatives, legal names and contact details</source>
            <translation>البحث أيضًا في أسماء الأقارب والأسماء القانونية وبيانات الاتصال</translation>
        </message>
        <message>
            <source>Nothing matches “%1”. Try fewer or shorter words.</source>
            <translation>لا شيء يطابق «%1». جرّب كلمات أقل أو أقصر.</translation>
        </message>
        <message>
            <source>Nothing matches “%1”. Try fewer or shorter words. Names of relatives, legal names and contact details are searched only with “Also search names of relatives, legal names and contact details” ticked.</source>
            <translation>لا شيء يطابق «%1». جرّب كلمات أقل أو أقصر. لا يُبحث في أسماء الأقارب والأسماء القانونية وبيانات الاتصال إلا عند تحديد «البحث أيضًا في أسماء الأقارب والأسماء القانونية وبيانات الاتصال».</translation>
        </message>
        <message>
            <source>Type in the search field above; results appear as you type.</source>
            <translation>اكتب في حقل البحث أعلاه؛ تظهر النتائج أثناء الكتابة.</translation>
        </message>
        <message>
            <source>Open the selected record (Enter)</source>
            <translation>فتح السجل المحدد (Enter)</translation>
        </message>
        <message>
            <source>Also search sensitive fields</source>
            <translation>البحث أيضًا في الحقول الحساسة</translation>
        </message>
        <message>
            <source>Results still never show those values</source>
            <translation>لا تُظهر النتائج هذه القيم أبدًا</translation>
        </message>
        <message>
            <source>The search could not be run.</source>
            <translation>تعذّر إجراء البحث.</translation>
        </message>
        <message>
            <source>Anyone</source>
            <translation>أي شخص</translation>
        </message>
        <message>
            <source>No tasks match these filters.</source>
            <translation>لا توجد مهام مطابقة لهذه المرشِّحات.</translation>
        </message>
        <message>
            <source>New task…</source>
            <translation>مهمة جديدة…</translation>
        </message>
        <message>
            <source>Add a task with a due date</source>
            <translation>إضافة مهمة بموعد استحقاق</translation>
        </message>
        <message>
            <source>Edit the selected task (Enter)</source>
            <translation>تعديل المهمة المحددة (Enter)</translation>
        </message>
        <message>
            <source>Mark done</source>
            <translation>تعليم كمنجزة</translation>
        </message>
        <message>
            <source>Record the selected task as done</source>
            <translation>تسجيل المهمة المحددة كمنجزة</translation>
        </message>
        <message>
            <source>Move the selected task to Deleted</source>
            <translation>نقل المهمة المحددة إلى المحذوفات</translation>
        </message>
        <message>
            <source>For</source>
            <translation>لـ</translation>
        </message>
        <message>
            <source>Any: type a name</source>
            <translation>الكل: اكتب اسمًا</translation>
        </message>
        <message>
            <source>Overdue, %1</source>
            <translation>متأخرة، %1</translation>
        </message>
        <message>
            <source>Due %1</source>
            <translation>مستحقة في %1</translation>
        </message>
        <message>
            <source>Task not changed</source>
            <translation>لم تتغير المهمة</translation>
        </message>
        <message>
            <source>%1 (also %2)</source>
            <translation>%1 (وأيضًا %2)</translation>
        </message>
        <message>
            <source>, </source>
            <translation>، </translation>
        </message>
        <message>
            <source>No incidents match these filters.</source>
            <translation>لا توجد حوادث مطابقة لهذه المرشِّحات.</translation>
        </message>
        <message>
            <source>Log incident…</source>
            <translation>تسجيل حادثة…</translation>
        </message>
        <message>
            <source>Log an incident; choose its defender in the form</source>
            <translation>تسجيل حادثة؛ اختر المدافع/ة في النموذج</translation>
        </message>
        <message>
            <source>Edit the selected incident (Enter)</source>
            <translation>تعديل الحادثة المحددة (Enter)</translation>
        </message>
        <message>
            <source>Open the selected incident's defender</source>
            <translation>فتح المدافع/ة المعني/ة بالحادثة المحددة</translation>
        </message>
        <message>
            <source>Move the selected incident to Deleted</source>
            <translation>نقل الحادثة المحددة إلى المحذوفات</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>كل الفئات</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>الفئة</translation>
        </message>
        <message>
            <source>No training editions yet. Add one with “New edition…”.</source>
            <translation>لا توجد دورات تدريبية بعد. أضف واحدة عبر «دورة جديدة…».</translation>
        </message>
        <message>
            <source>Editions of the training course. Select one to see who took part and the modules each attended.</source>
            <translation>دورات البرنامج التدريبي. اختر واحدة لترى من شارك والوحدات التي حضرها كل منهم.</translation>
        </message>
        <message>
            <source>New edition…</source>
            <translation>دورة جديدة…</translation>
        </message>
        <message>
            <source>Add an edition of the course</source>
            <translation>إضافة دورة من البرنامج التدريبي</translation>
        </message>
        <message>
            <source>Edit the selected edition (Enter)</source>
            <translation>تعديل الدورة المحددة (Enter)</translation>
        </message>
        <message>
            <source>Enrol a defender…</source>
            <translation>تسجيل مدافع/ة…</translation>
        </message>
        <message>
            <source>Enrol a defender in the selected edition, with the modules they attend</source>
            <translation>تسجيل مدافع/ة في الدورة المحددة مع الوحدات التي يحضرها/تحضرها</translation>
        </message>
        <message>
            <source>Move the selected edition to Deleted</source>
            <translation>نقل الدورة المحددة إلى المحذوفات</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>المشاركون</translation>
        </message>
        <message>
            <source>Edit participant…</source>
            <translation>تعديل المشارك/ة…</translation>
        </message>
        <message>
            <source>Modules attended and needs noted (Enter)</source>
            <translation>الوحدات التي حضرها والاحتياجات المدوَّنة (Enter)</translation>
        </message>
        <message>
            <source>Open the selected participant's defender</source>
            <translation>فتح سجل المدافع/ة للمشارك/ة المحدد/ة</translation>
        </message>
        <message>
            <source>Remove…</source>
            <translation>إزالة…</translation>
        </message>
        <message>
            <source>Move the selected enrolment to Deleted</source>
            <translation>نقل التسجيل المحدد إلى المحذوفات</translation>
        </message>
        <message>
            <source>Participants of the selected edition</source>
            <translation>المشاركون في الدورة المحددة</translation>
        </message>
        <message>
            <source>Modules attended</source>
            <translation>الوحدات التي حضرها</translation>
        </message>
        <message>
            <source>(deleted)</source>
            <translation>(محذوف)</translation>
        </message>
        <message>
            <source>No module recorded yet</source>
            <translation>لم تُسجَّل أي وحدة بعد</translation>
        </message>
        <message>
            <source>Participants (%1)</source>
            <translation>المشاركون (%1)</translation>
        </message>
        <message>
            <source>Nobody enrolled in this edition yet: “Enrol a defender…” adds one.</source>
            <translation>لم يُسجَّل أحد في هذه الدورة بعد: «تسجيل مدافع/ة…» يضيف مشاركًا.</translation>
        </message>
        <message>
            <source>Nothing to show.</source>
            <translation>لا شيء لعرضه.</translation>
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
            <source>%n deleted record(s)</source>
            <translation>
                <numerusform>لا سجلات محذوفة</numerusform>
                <numerusform>سجل محذوف واحد</numerusform>
                <numerusform>سجلان محذوفان</numerusform>
                <numerusform>%n سجلات محذوفة</numerusform>
                <numerusform>%n سجلًا محذوفًا</numerusform>
                <numerusform>%n سجل محذوف</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n contact(s)</source>
            <translation>
                <numerusform>لا جهات اتصال</numerusform>
                <numerusform>جهة اتصال واحدة</numerusform>
                <numerusform>جهتا اتصال</numerusform>
                <numerusform>%n جهات اتصال</numerusform>
                <numerusform>%n جهة اتصال</numerusform>
                <numerusform>%n جهة اتصال</numerusform>
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
            <source>%n match(es)</source>
            <translation>
                <numerusform>لا نتائج</numerusform>
                <numerusform>نتيجة واحدة</numerusform>
                <numerusform>نتيجتان</numerusform>
                <numerusform>%n نتائج</numerusform>
                <numerusform>%n نتيجة</numerusform>
                <numerusform>%n نتيجة</numerusform>
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
            <source>%n edition(s)</source>
            <translation>
                <numerusform>لا دورات</numerusform>
                <numerusform>دورة واحدة</numerusform>
                <numerusform>دورتان</numerusform>
                <numerusform>%n دورات</numerusform>
                <numerusform>%n دورة</numerusform>
                <numerusform>%n دورة</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PlanSummary</name>
        <message>
            <source>Threats</source>
            <translation>التهديدات</translation>
        </message>
        <message>
            <source>Vulnerabilities</source>
            <translation>نقاط الضعف</translation>
        </message>
        <message>
            <source>Capacities</source>
            <translation>القدرات</translation>
        </message>
        <message>
            <source>[hidden]</source>
            <translation>[مخفي]</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Security plan: %1</source>
            <translation>الخطة الأمنية: %1</translation>
        </message>
        <message>
            <source>Gone through on %1</source>
            <translation>رُوجعت في %1</translation>
        </message>
        <message>
            <source>No risk assessment yet.</source>
            <translation>لا يوجد تقييم للمخاطر بعد.</translation>
        </message>
        <message>
            <source>Preventive measures</source>
            <translation>تدابير وقائية</translation>
        </message>
        <message>
            <source>Emergency protocols</source>
            <translation>بروتوكولات الطوارئ</translation>
        </message>
        <message>
            <source>none</source>
            <translation>لا شيء</translation>
        </message>
        <message>
            <source>OVERDUE</source>
            <translation>متأخر</translation>
        </message>
        <message>
            <source>REVIEW DUE</source>
            <translation>المراجعة مستحقة</translation>
        </message>
        <message>
            <source>, </source>
            <translation>، </translation>
        </message>
        <message>
            <source>Reduces: %1</source>
            <translation>يقلّل: %1</translation>
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
        <name>RecordForm</name>
        <message>
            <source>New defender</source>
            <translation>مدافع/ة جديد/ة</translation>
        </message>
        <message>
            <source>Edit defender</source>
            <translation>تعديل المدافع/ة</translation>
        </message>
        <message>
            <source>New related person</source>
            <translation>شخص مقرَّب جديد</translation>
        </message>
        <message>
            <source>Edit related person</source>
            <translation>تعديل الشخص المقرَّب</translation>
        </message>
        <message>
            <source>New case</source>
            <translation>ملف جديد</translation>
        </message>
        <message>
            <source>Edit case</source>
            <translation>تعديل الملف</translation>
        </message>
        <message>
            <source>New incident</source>
            <translation>حادثة جديدة</translation>
        </message>
        <message>
            <source>Edit incident</source>
            <translation>تعديل الحادثة</translation>
        </message>
        <message>
            <source>New stay</source>
            <translation>إقامة جديدة</translation>
        </message>
        <message>
            <source>Edit stay</source>
            <translation>تعديل الإقامة</translation>
        </message>
        <message>
            <source>New check-in</source>
            <translation>متابعة جديدة</translation>
        </message>
        <message>
            <source>Edit check-in</source>
            <translation>تعديل المتابعة</translation>
        </message>
        <message>
            <source>New training</source>
            <translation>تدريب جديد</translation>
        </message>
        <message>
            <source>Edit training</source>
            <translation>تعديل التدريب</translation>
        </message>
        <message>
            <source>New training participant</source>
            <translation>مشارك/ة جديد/ة في التدريب</translation>
        </message>
        <message>
            <source>Edit training participant</source>
            <translation>تعديل المشارك/ة في التدريب</translation>
        </message>
        <message>
            <source>New risk assessment</source>
            <translation>تقييم مخاطر جديد</translation>
        </message>
        <message>
            <source>Edit risk assessment</source>
            <translation>تعديل تقييم المخاطر</translation>
        </message>
        <message>
            <source>New risk item</source>
            <translation>عنصر مخاطر جديد</translation>
        </message>
        <message>
            <source>Edit risk item</source>
            <translation>تعديل عنصر المخاطر</translation>
        </message>
        <message>
            <source>New security measure</source>
            <translation>تدبير أمني جديد</translation>
        </message>
        <message>
            <source>Edit security measure</source>
            <translation>تعديل التدبير الأمني</translation>
        </message>
        <message>
            <source>New network contact</source>
            <translation>جهة اتصال جديدة في الشبكة</translation>
        </message>
        <message>
            <source>Edit network contact</source>
            <translation>تعديل جهة الاتصال في الشبكة</translation>
        </message>
        <message>
            <source>New advocacy action</source>
            <translation>إجراء مناصرة جديد</translation>
        </message>
        <message>
            <source>Edit advocacy action</source>
            <translation>تعديل إجراء المناصرة</translation>
        </message>
        <message>
            <source>New task</source>
            <translation>مهمة جديدة</translation>
        </message>
        <message>
            <source>Edit task</source>
            <translation>تعديل المهمة</translation>
        </message>
        <message>
            <source>Leave empty when it happened in the defender's country.</source>
            <translation>اتركه فارغًا إن وقعت في بلد المدافع/ة.</translation>
        </message>
        <message>
            <source>Shown on screen instead of the name when set.</source>
            <translation>يُعرض على الشاشة بدل الاسم عند تحديده.</translation>
        </message>
        <message>
            <source>Hidden on screen until shown: where the defender is now.</source>
            <translation>مخفي على الشاشة حتى يُظهَر: مكان وجود المدافع/ة الآن.</translation>
        </message>
        <message>
            <source>The caseworker it is for (their name as the team writes it).</source>
            <translation>مسؤول/ة الملف المعني/ة (باسمه/ها كما يكتبه الفريق).</translation>
        </message>
        <message>
            <source>Threats: 1 (unlikely) to 5 (almost certain).</source>
            <translation>التهديدات: من 1 (غير مرجَّح) إلى 5 (شبه مؤكد).</translation>
        </message>
        <message>
            <source>Threats: 1 (minor) to 5 (life-threatening).</source>
            <translation>التهديدات: من 1 (طفيف) إلى 5 (يهدد الحياة).</translation>
        </message>
        <message>
            <source>Vulnerabilities and capacities: 1 (slight) to 5 (great).</source>
            <translation>نقاط الضعف والقدرات: من 1 (طفيفة) إلى 5 (كبيرة).</translation>
        </message>
        <message>
            <source>Threats only: the incidents this threat comes from.</source>
            <translation>للتهديدات فقط: الحوادث التي ينبع منها هذا التهديد.</translation>
        </message>
        <message>
            <source>Threats and vulnerabilities of this defender's risk assessments.</source>
            <translation>التهديدات ونقاط الضعف في تقييمات المخاطر لهذا/هذه المدافع/ة.</translation>
        </message>
        <message>
            <source>Brussels, The Hague, Geneva, New York, or wherever they are.</source>
            <translation>بروكسل أو لاهاي أو جنيف أو نيويورك، أو أينما كانوا.</translation>
        </message>
        <message>
            <source>A person, or an organisation's name.</source>
            <translation>شخص، أو اسم منظمة.</translation>
        </message>
        <message>
            <source>Hidden on screen until shown; never sent to partners.</source>
            <translation>مخفي على الشاشة حتى يُظهَر؛ ولا يُرسَل إلى الشركاء أبدًا.</translation>
        </message>
        <message>
            <source>This is required.</source>
            <translation>هذا الحقل مطلوب.</translation>
        </message>
        <message>
            <source>Fields marked * are required.</source>
            <translation>الحقول المعلَّمة بـ * مطلوبة.</translation>
        </message>
        <message>
            <source>%1 (required)</source>
            <translation>%1 (مطلوب)</translation>
        </message>
        <message>
            <source>Mark this text sensitive</source>
            <translation>تعليم هذا النص كحساس</translation>
        </message>
        <message>
            <source>Mark %1 sensitive</source>
            <translation>تعليم «%1» كحساس</translation>
        </message>
        <message>
            <source>Hidden until revealed, searched only when sensitive fields are included, never sent to partner organisations</source>
            <translation>مخفي حتى يُكشف، ولا يُبحث فيه إلا عند تضمين الحقول الحساسة، ولا يُرسَل أبدًا إلى المنظمات الشريكة</translation>
        </message>
        <message>
            <source>History…</source>
            <translation>السجل…</translation>
        </message>
        <message>
            <source>What was done to this record, and when</source>
            <translation>ما الذي أُجري على هذا السجل، ومتى</translation>
        </message>
        <message>
            <source>Attachments…</source>
            <translation>المرفقات…</translation>
        </message>
        <message>
            <source>Evidence files of this record: add, view, export, verify</source>
            <translation>ملفات الأدلة لهذا السجل: إضافة، عرض، تصدير، تحقق</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>حفظ</translation>
        </message>
        <message>
            <source>Save (Ctrl+S)</source>
            <translation>حفظ (Ctrl+S)</translation>
        </message>
        <message>
            <source>Not set</source>
            <translation>غير محدد</translation>
        </message>
        <message>
            <source>Choose a primary category first</source>
            <translation>اختر فئة رئيسية أولًا</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>جارٍ الحفظ…</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>لم يُحفظ: %1</translation>
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
        <name>RiskTrend</name>
        <message>
            <source>no assessment yet</source>
            <translation>لا تقييم بعد</translation>
        </message>
        <message>
            <source>Assessed levels: %1.</source>
            <translation>المستويات المقيَّمة: %1.</translation>
        </message>
        <message>
            <source>Risk level and incidents over time</source>
            <translation>مستوى المخاطر والحوادث عبر الزمن</translation>
        </message>
        <message>
            <source>Assessed level</source>
            <translation>المستوى المقيَّم</translation>
        </message>
        <message>
            <source>Incidents: </source>
            <translation>الحوادث: </translation>
        </message>
        <message numerus="yes">
            <source>%n incident(s) logged since %1.</source>
            <translation>
                <numerusform>لم تُسجَّل حوادث منذ %1.</numerusform>
                <numerusform>سُجّلت حادثة واحدة منذ %1.</numerusform>
                <numerusform>سُجّلت حادثتان منذ %1.</numerusform>
                <numerusform>سُجّلت %n حوادث منذ %1.</numerusform>
                <numerusform>سُجّلت %n حادثة منذ %1.</numerusform>
                <numerusform>سُجّلت %n حادثة منذ %1.</numerusform>
            </translation>
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
        <message>
            <source>Contacts</source>
            <translation>جهات الاتصال</translation>
        </message>
        <message>
            <source>Advocacy actions</source>
            <translation>إجراءات المناصرة</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>نتائج البحث</translation>
        </message>
    </context>
    <context>
        <name>Sensitive</name>
        <message>
            <source>Show or hide every hidden value here: %1</source>
            <translation>إظهار كل القيم المخفية هنا أو إخفاؤها: %1</translation>
        </message>
        <message>
            <source>•••••• hidden</source>
            <translation>•••••• مخفي</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>إظهار</translation>
        </message>
        <message>
            <source>Show %1</source>
            <translation>إظهار %1</translation>
        </message>
        <message>
            <source>Show the %1 until you leave this record</source>
            <translation>إظهار «%1» حتى تغادر هذا السجل</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>نسخ</translation>
        </message>
        <message>
            <source>Copy %1</source>
            <translation>نسخ %1</translation>
        </message>
        <message>
            <source>Copy; the clipboard is cleared after 30 seconds</source>
            <translation>نسخ؛ تُمسح الحافظة بعد 30 ثانية</translation>
        </message>
        <message>
            <source>Hide</source>
            <translation>إخفاء</translation>
        </message>
        <message>
            <source>Hide %1</source>
            <translation>إخفاء %1</translation>
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
            <source>Task</source>
            <translation>المهمة</translation>
        </message>
        <message>
            <source>Missed check-in with %1</source>
            <translation>متابعة فائتة مع %1</translation>
        </message>
        <message>
            <source>Missed check-in</source>
            <translation>متابعة فائتة</translation>
        </message>
        <message>
            <source>Check-in with %1</source>
            <translation>متابعة مع %1</translation>
        </message>
        <message>
            <source>Check-in</source>
            <translation>متابعة</translation>
        </message>
        <message>
            <source>Visa expires</source>
            <translation>انتهاء التأشيرة</translation>
        </message>
        <message>
            <source>Arrival</source>
            <translation>الوصول</translation>
        </message>
        <message>
            <source>Departure</source>
            <translation>المغادرة</translation>
        </message>
        <message>
            <source>Measure due</source>
            <translation>تدبير مستحق</translation>
        </message>
        <message>
            <source>Review measure</source>
            <translation>مراجعة تدبير</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
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
        <message>
            <source>All incidents</source>
            <translation>كل الحوادث</translation>
        </message>
        <message>
            <source>Statistics · %1 · Office: %2</source>
            <translation>الإحصاءات · %1 · المكتب: %2</translation>
        </message>
        <message>
            <source>Incident statistics</source>
            <translation>إحصاءات الحوادث</translation>
        </message>
        <message>
            <source>the first record</source>
            <translation>أول سجل</translation>
        </message>
        <message>
            <source>today</source>
            <translation>اليوم</translation>
        </message>
        <message>
            <source>, </source>
            <translation>، </translation>
        </message>
        <message>
            <source>no grouping</source>
            <translation>دون تجميع</translation>
        </message>
        <message>
            <source>Incidents from %1 to %2, by %3</source>
            <translation>الحوادث، الفترة: %1 – %2، حسب %3</translation>
        </message>
        <message>
            <source>, programme %1</source>
            <translation>، البرنامج %1</translation>
        </message>
        <message>
            <source>. Only defenders whose consent allows statistics are counted. An incident counts once, in the period that contains its whole date.</source>
            <translation>. لا يُحتسب إلا المدافعون الذين تسمح موافقتهم بالإحصاءات. تُحتسب الحادثة مرة واحدة، في الفترة التي تضم تاريخها كاملًا.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Imprecise (date fits no single period): %1</source>
            <translation>غير دقيقة (لا يقع التاريخ في فترة واحدة): %1</translation>
        </message>
    </context>
    <context>
        <name>TaskFilter</name>
        <message>
            <source>Open</source>
            <translation>المفتوحة</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>المتأخرة</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>المنجزة</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>الملغاة</translation>
        </message>
        <message>
            <source>All tasks</source>
            <translation>كل المهام</translation>
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message>
            <source>%1 to %2</source>
            <translation>من %1 إلى %2</translation>
        </message>
        <message>
            <source>%1, month not known</source>
            <translation>%1، الشهر غير معروف</translation>
        </message>
        <message>
            <source>Incident timeline</source>
            <translation>التسلسل الزمني للحوادث</translation>
        </message>
        <message>
            <source>When</source>
            <translation>متى</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>الفئة</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>الخطورة</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>ما الذي حدث</translation>
        </message>
        <message>
            <source>(family targeted) %1</source>
            <translation>(استُهدفت الأسرة) %1</translation>
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
    </context>
    <context>
        <name>Titles</name>
        <message>
            <source>likelihood %1</source>
            <translation>الاحتمال %1</translation>
        </message>
        <message>
            <source>impact %1</source>
            <translation>الأثر %1</translation>
        </message>
        <message>
            <source>level %1</source>
            <translation>المستوى %1</translation>
        </message>
        <message>
            <source>, </source>
            <translation>، </translation>
        </message>
        <message>
            <source>Related person (%1)</source>
            <translation>شخص مقرَّب (%1)</translation>
        </message>
        <message>
            <source>Related person</source>
            <translation>شخص مقرَّب</translation>
        </message>
        <message>
            <source>Case: %1</source>
            <translation>ملف: %1</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>الملف</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Incident: %1</source>
            <translation>حادثة: %1</translation>
        </message>
        <message>
            <source>Incident</source>
            <translation>حادثة</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1، %2</translation>
        </message>
        <message>
            <source>Stay from %1</source>
            <translation>إقامة من %1</translation>
        </message>
        <message>
            <source>Stay</source>
            <translation>الإقامة</translation>
        </message>
        <message>
            <source>Check-in due %1</source>
            <translation>متابعة مستحقة في %1</translation>
        </message>
        <message>
            <source>Check-in</source>
            <translation>متابعة</translation>
        </message>
        <message>
            <source>Risk assessment, %1</source>
            <translation>تقييم المخاطر، %1</translation>
        </message>
        <message>
            <source>Risk assessment</source>
            <translation>تقييم المخاطر</translation>
        </message>
        <message>
            <source>Risk item</source>
            <translation>عنصر مخاطر</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>التدريب</translation>
        </message>
        <message>
            <source>Training participant</source>
            <translation>مشارك/ة في تدريب</translation>
        </message>
        <message>
            <source>Advocacy action</source>
            <translation>إجراء مناصرة</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
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
        <name>Unsaved</name>
        <message>
            <source>Discard changes?</source>
            <translation>تجاهل التغييرات؟</translation>
        </message>
        <message>
            <source>This %1 has changes that are not saved. Close it and discard them?</source>
            <translation>في هذا السجل (%1) تغييرات غير محفوظة. هل تغلقه وتتجاهلها؟</translation>
        </message>
        <message>
            <source>Discard changes</source>
            <translation>تجاهل التغييرات</translation>
        </message>
        <message>
            <source>Keep editing</source>
            <translation>متابعة التعديل</translation>
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
            <source>Meeting</source>
            <translation>اجتماع</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>رسالة</translation>
        </message>
        <message>
            <source>Urgent appeal</source>
            <translation>نداء عاجل</translation>
        </message>
        <message>
            <source>In person</source>
            <translation>شخصيًا</translation>
        </message>
        <message>
            <source>Phone call</source>
            <translation>مكالمة هاتفية</translation>
        </message>
        <message>
            <source>SMS</source>
            <translation>رسالة نصية</translation>
        </message>
        <message>
            <source>Messaging app</source>
            <translation>تطبيق مراسلة</translation>
        </message>
        <message>
            <source>Social media</source>
            <translation>وسائل التواصل الاجتماعي</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>البريد الإلكتروني</translation>
        </message>
        <message>
            <source>Through family</source>
            <translation>عبر الأسرة</translation>
        </message>
        <message>
            <source>Legal or administrative act</source>
            <translation>إجراء قانوني أو إداري</translation>
        </message>
        <message>
            <source>Nothing worrying</source>
            <translation>لا شيء مقلق</translation>
        </message>
        <message>
            <source>Something worrying raised</source>
            <translation>أُثير أمر مقلق</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>مكالمة</translation>
        </message>
        <message>
            <source>Video call</source>
            <translation>مكالمة فيديو</translation>
        </message>
        <message>
            <source>Secure message</source>
            <translation>رسالة آمنة</translation>
        </message>
        <message>
            <source>Scheduled</source>
            <translation>مجدولة</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>منجزة</translation>
        </message>
        <message>
            <source>Missed</source>
            <translation>فائتة</translation>
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
        <message>
            <source>EU institution</source>
            <translation>مؤسسة من مؤسسات الاتحاد الأوروبي</translation>
        </message>
        <message>
            <source>NGO</source>
            <translation>منظمة غير حكومية</translation>
        </message>
        <message>
            <source>Journalist</source>
            <translation>صحفي/ة</translation>
        </message>
        <message>
            <source>Lawyer</source>
            <translation>المحامي/ة</translation>
        </message>
        <message>
            <source>The defender</source>
            <translation>المدافع/ة نفسه/ا</translation>
        </message>
        <message>
            <source>A relative</source>
            <translation>أحد الأقارب</translation>
        </message>
        <message>
            <source>A partner organisation</source>
            <translation>منظمة شريكة</translation>
        </message>
        <message>
            <source>Own observation</source>
            <translation>ملاحظة مباشرة</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>مفتوحة</translation>
        </message>
        <message>
            <source>Monitoring</source>
            <translation>قيد المتابعة</translation>
        </message>
        <message>
            <source>Preventive</source>
            <translation>وقائي</translation>
        </message>
        <message>
            <source>Emergency protocol</source>
            <translation>بروتوكول طوارئ</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>مخطط</translation>
        </message>
        <message>
            <source>In place</source>
            <translation>مطبَّق</translation>
        </message>
        <message>
            <source>Lapsed</source>
            <translation>منقضٍ</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>متروك</translation>
        </message>
        <message>
            <source>Urgent</source>
            <translation>عاجلة</translation>
        </message>
        <message>
            <source>High</source>
            <translation>مرتفعة</translation>
        </message>
        <message>
            <source>Normal</source>
            <translation>عادية</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>منخفضة</translation>
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
            <source>Travelling</source>
            <translation>في السفر</translation>
        </message>
        <message>
            <source>In stay</source>
            <translation>في الإقامة</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>عاد/ت</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>ملغاة</translation>
        </message>
        <message>
            <source>Threat</source>
            <translation>تهديد</translation>
        </message>
        <message>
            <source>Vulnerability</source>
            <translation>نقطة ضعف</translation>
        </message>
        <message>
            <source>Capacity</source>
            <translation>قدرة</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>متوسط</translation>
        </message>
        <message>
            <source>Critical</source>
            <translation>حرج</translation>
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
            <source>Digital security</source>
            <translation>الأمن الرقمي</translation>
        </message>
        <message>
            <source>Physical security</source>
            <translation>الأمن الجسدي</translation>
        </message>
        <message>
            <source>Networking</source>
            <translation>بناء الشبكات</translation>
        </message>
        <message>
            <source>Reporting human rights abuses</source>
            <translation>الإبلاغ عن انتهاكات حقوق الإنسان</translation>
        </message>
        <message>
            <source>Policy influencing</source>
            <translation>التأثير في السياسات</translation>
        </message>
        <message>
            <source>Planning</source>
            <translation>التخطيط</translation>
        </message>
        <message>
            <source>Visa applied</source>
            <translation>طُلبت التأشيرة</translation>
        </message>
        <message>
            <source>Visa granted</source>
            <translation>مُنحت التأشيرة</translation>
        </message>
        <message>
            <source>Visa refused</source>
            <translation>رُفضت التأشيرة</translation>
        </message>
        <message>
            <source>Arrived</source>
            <translation>وصل/ت في</translation>
        </message>
        <message>
            <source>, </source>
            <translation>، </translation>
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
