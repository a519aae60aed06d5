<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About hrd-desk</source>
            <translation>حول hrd-desk</translation>
        </message>
        <message>
            <source>hrd-desk %1</source>
            <translation>hrd-desk %1</translation>
        </message>
        <message>
            <source>Release key: %1. Compare it with the key id your office was given: releases signed with another key are not ours.</source>
            <translation>مفتاح الإصدار: %1. قارنه بمعرّف المفتاح الذي تسلّمه مكتبك: الإصدارات الموقّعة بمفتاح آخر ليست منّا.</translation>
        </message>
        <message>
            <source>Release key: none in this copy (not an official release).</source>
            <translation>مفتاح الإصدار: لا يوجد في هذه النسخة (ليست إصدارًا رسميًا).</translation>
        </message>
        <message>
            <source>An encrypted, offline desk for caseworkers who protect human rights defenders.</source>
            <translation>مكتب مشفّر يعمل دون اتصال، لمن يتابعون ملفات حماية المدافعين عن حقوق الإنسان.</translation>
        </message>
        <message>
            <source>Licence: %1 (GNU General Public License, version 3 or later). You may share and change it under its terms; it comes with no warranty.</source>
            <translation>الترخيص: %1 (رخصة جنو العمومية، الإصدار 3 أو أحدث). يمكنك مشاركته وتعديله وفق شروطها؛ ويأتي دون أي ضمان.</translation>
        </message>
        <message>
            <source>Packaged app.</source>
            <translation>تطبيق محزَّم.</translation>
        </message>
        <message>
            <source>Running from source.</source>
            <translation>يعمل من الشيفرة المصدرية.</translation>
        </message>
    </context>
    <context>
        <name>AttachmentsDialog</name>
        <message>
            <source> It includes a GPS location.</source>
            <translation> وتتضمن موقعًا جغرافيًا (GPS).</translation>
        </message>
        <message>
            <source>This image carries %1 metadata.%2</source>
            <translation>تحمل هذه الصورة بيانات وصفية %1.%2</translation>
        </message>
        <message>
            <source>Attachments of this record</source>
            <translation>مرفقات هذا السجل</translation>
        </message>
        <message>
            <source>Evidence files, encrypted in the vault. Drop files here or choose Add file.</source>
            <translation>ملفات أدلة، مشفّرة داخل الخزنة. أفلت الملفات هنا أو اختر «إضافة ملف».</translation>
        </message>
        <message>
            <source>Attachments</source>
            <translation>المرفقات</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>النوع</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>الحجم</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>تاريخ الاستلام</translation>
        </message>
        <message>
            <source>From</source>
            <translation>من</translation>
        </message>
        <message>
            <source>Add file…</source>
            <translation>إضافة ملف…</translation>
        </message>
        <message>
            <source>View</source>
            <translation>عرض</translation>
        </message>
        <message>
            <source>Export decrypted copy…</source>
            <translation>تصدير نسخة غير مشفّرة…</translation>
        </message>
        <message>
            <source>Verify</source>
            <translation>تحقّق</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>حذف…</translation>
        </message>
        <message>
            <source>Delete the selected file (Del)</source>
            <translation>حذف الملف المحدد (Del)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>إغلاق</translation>
        </message>
        <message>
            <source>Only images and plain text are shown inside the app: export a decrypted copy to open this file</source>
            <translation>لا تُعرض داخل التطبيق إلا الصور والنصوص العادية: صدّر نسخة غير مشفّرة لفتح هذا الملف</translation>
        </message>
        <message>
            <source>Attach a file</source>
            <translation>إرفاق ملف</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>كل الملفات (*)</translation>
        </message>
        <message>
            <source>Encrypting %1 into the vault…</source>
            <translation>جارٍ تشفير %1 داخل الخزنة…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>Adding an attachment</source>
            <translation>إضافة مرفق</translation>
        </message>
        <message>
            <source>The file was not attached</source>
            <translation>لم يُرفق الملف</translation>
        </message>
        <message>
            <source>Cannot show it</source>
            <translation>تعذّر عرضه</translation>
        </message>
        <message>
            <source>Export a decrypted copy</source>
            <translation>تصدير نسخة غير مشفّرة</translation>
        </message>
        <message>
            <source>“%1” will be written DECRYPTED outside the vault. Anyone with access to that disk can read it. Keep it on an encrypted disk and delete it when done.</source>
            <translation>ستُكتب «%1» دون تشفير خارج الخزنة. يستطيع قراءتها كل من يصل إلى ذلك القرص. احفظها على قرص مشفّر واحذفها عند الانتهاء.</translation>
        </message>
        <message>
            <source>Export decrypted copy</source>
            <translation>تصدير نسخة غير مشفّرة</translation>
        </message>
        <message>
            <source>Image metadata</source>
            <translation>البيانات الوصفية للصورة</translation>
        </message>
        <message>
            <source> Leave it out of the copy? The original in the vault keeps it.</source>
            <translation> هل تُحذف من النسخة؟ يحتفظ بها الأصل داخل الخزنة.</translation>
        </message>
        <message>
            <source>Strip metadata</source>
            <translation>حذف البيانات الوصفية</translation>
        </message>
        <message>
            <source>Keep metadata</source>
            <translation>الإبقاء على البيانات الوصفية</translation>
        </message>
        <message>
            <source>Exported</source>
            <translation>تم التصدير</translation>
        </message>
        <message>
            <source>A decrypted copy of “%1” was written.</source>
            <translation>كُتبت نسخة غير مشفّرة من «%1».</translation>
        </message>
        <message>
            <source>Not exported</source>
            <translation>لم يتم التصدير</translation>
        </message>
        <message>
            <source>Intact</source>
            <translation>سليم</translation>
        </message>
        <message>
            <source>“%1” matches the SHA-256 taken at intake:
%2</source>
            <translation>«%1» يطابق بصمة SHA-256 المأخوذة عند الاستلام:
%2</translation>
        </message>
        <message>
            <source>DAMAGED</source>
            <translation>تالف</translation>
        </message>
        <message>
            <source>“%1”: %2</source>
            <translation>«%1»: %2</translation>
        </message>
        <message>
            <source>Delete this file</source>
            <translation>حذف هذا الملف</translation>
        </message>
        <message>
            <source>Delete “%1” from this vault? Its encrypted file is overwritten and its chain of custody goes with it: this cannot be undone. Colleagues who received it keep their copies, and their bundles will not bring it back here.</source>
            <translation>هل تريد حذف «%1» من هذه الخزنة؟ يُكتب فوق ملفه المشفّر وتُحذف سلسلة حيازته معه: لا يمكن التراجع عن ذلك. يحتفظ الزملاء الذين تلقّوه بنسخهم، ولن تعيده حزمهم إلى هنا.</translation>
        </message>
        <message>
            <source>Delete file</source>
            <translation>حذف الملف</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>الإبقاء عليه</translation>
        </message>
        <message>
            <source>Not deleted</source>
            <translation>لم يُحذف</translation>
        </message>
        <message>
            <source>This image cannot be shown (damaged, or a format Qt cannot read): export a decrypted copy to open it elsewhere.</source>
            <translation>تعذّر عرض هذه الصورة (تالفة، أو بصيغة لا يقرؤها Qt): صدّر نسخة غير مشفّرة لفتحها في برنامج آخر.</translation>
        </message>
    </context>
    <context>
        <name>AuditDialogs</name>
        <message>
            <source>Created</source>
            <translation>أُنشئ</translation>
        </message>
        <message>
            <source>Edited</source>
            <translation>عُدّل</translation>
        </message>
        <message>
            <source>Conflict resolved</source>
            <translation>حُلّ التعارض</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>حُذف</translation>
        </message>
        <message>
            <source>Restored</source>
            <translation>استُعيد</translation>
        </message>
        <message>
            <source>Purged</source>
            <translation>أُزيل نهائيًا</translation>
        </message>
        <message>
            <source>Shared</source>
            <translation>تمت مشاركته</translation>
        </message>
        <message>
            <source>No longer shared</source>
            <translation>لم تعد مشاركته قائمة</translation>
        </message>
        <message>
            <source>Marked sensitive</source>
            <translation>وُسم حساسًا</translation>
        </message>
        <message>
            <source>No longer marked sensitive</source>
            <translation>أُزيل وسم الحساسية</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>استُلم</translation>
        </message>
        <message>
            <source>Bundle imported</source>
            <translation>استُوردت حزمة</translation>
        </message>
        <message>
            <source>Bundle written</source>
            <translation>كُتبت حزمة</translation>
        </message>
        <message>
            <source>Changes sent</source>
            <translation>أُرسلت التغييرات</translation>
        </message>
        <message>
            <source>Name on the card changed</source>
            <translation>تغيّر الاسم على البطاقة</translation>
        </message>
        <message>
            <source>Colleague added</source>
            <translation>أُضيف زميل</translation>
        </message>
        <message>
            <source>Colleague verified</source>
            <translation>وُثّق زميل</translation>
        </message>
        <message>
            <source>Colleague revoked</source>
            <translation>أُبطل زميل</translation>
        </message>
        <message>
            <source>Colleague kind changed</source>
            <translation>تغيّر نوع زميل</translation>
        </message>
        <message>
            <source>Proposal accepted</source>
            <translation>قُبل مقترح</translation>
        </message>
        <message>
            <source>Proposal refused</source>
            <translation>رُفض مقترح</translation>
        </message>
        <message>
            <source>Drop folder set</source>
            <translation>حُدّد مجلد الإيداع</translation>
        </message>
        <message>
            <source>Attachment added</source>
            <translation>أُضيف مرفق</translation>
        </message>
        <message>
            <source>Attachment deleted</source>
            <translation>حُذف مرفق</translation>
        </message>
        <message>
            <source>Attachment verified</source>
            <translation>تُحقّق من مرفق</translation>
        </message>
        <message>
            <source>Attachment viewed</source>
            <translation>عُرض مرفق</translation>
        </message>
        <message>
            <source>Decrypted copy of an attachment saved</source>
            <translation>حُفظت نسخة غير مشفّرة من مرفق</translation>
        </message>
        <message>
            <source>Custody statement of an attachment made</source>
            <translation>أُعدّ إقرار سلسلة الحيازة لمرفق</translation>
        </message>
        <message>
            <source>Colleague's new keys accepted</source>
            <translation>قُبلت المفاتيح الجديدة لزميل</translation>
        </message>
        <message>
            <source>Identity keys rotated</source>
            <translation>جُدّدت مفاتيح الهوية</translation>
        </message>
        <message>
            <source>Old identity keys deleted</source>
            <translation>حُذفت مفاتيح الهوية القديمة</translation>
        </message>
        <message>
            <source>Marked as restored from a backup</source>
            <translation>وُسمت بأنها مستعادة من نسخة احتياطية</translation>
        </message>
        <message>
            <source>Spreadsheet imported</source>
            <translation>استُورد جدول</translation>
        </message>
        <message>
            <source>Spreadsheet import undone</source>
            <translation>أُلغي استيراد جدول</translation>
        </message>
        <message>
            <source>Spreadsheet import brought back</source>
            <translation>أُعيد استيراد جدول</translation>
        </message>
        <message>
            <source>Recovery code made</source>
            <translation>أُنشئ رمز الاسترداد</translation>
        </message>
        <message>
            <source>Recovery code removed</source>
            <translation>أُزيل رمز الاسترداد</translation>
        </message>
        <message>
            <source>Duress passphrase set</source>
            <translation>عُيّنت عبارة الإكراه</translation>
        </message>
        <message>
            <source>Duress passphrase removed</source>
            <translation>أُزيلت عبارة الإكراه</translation>
        </message>
        <message>
            <source>Wipe after failed unlocks set</source>
            <translation>ضُبط المسح بعد محاولات فتح فاشلة</translation>
        </message>
        <message>
            <source>colleague</source>
            <translation>زميل</translation>
        </message>
        <message>
            <source>attachment</source>
            <translation>مرفق</translation>
        </message>
        <message>
            <source>fields</source>
            <translation>الحقول</translation>
        </message>
        <message>
            <source>field</source>
            <translation>الحقل</translation>
        </message>
        <message>
            <source>versions</source>
            <translation>النسخ</translation>
        </message>
        <message>
            <source>kind</source>
            <translation>النوع</translation>
        </message>
        <message>
            <source>receipts</source>
            <translation>إشعارات الاستلام</translation>
        </message>
        <message>
            <source>size</source>
            <translation>الحجم</translation>
        </message>
        <message>
            <source>records</source>
            <translation>السجلات</translation>
        </message>
        <message>
            <source>recipients</source>
            <translation>المرسَل إليهم</translation>
        </message>
        <message>
            <source>outcome</source>
            <translation>النتيجة</translation>
        </message>
        <message>
            <source>outcomes</source>
            <translation>النتائج</translation>
        </message>
        <message>
            <source>from</source>
            <translation>من</translation>
        </message>
        <message>
            <source>watched</source>
            <translation>مراقَب</translation>
        </message>
        <message>
            <source>verified</source>
            <translation>موثَّق</translation>
        </message>
        <message>
            <source>received</source>
            <translation>مستلَم</translation>
        </message>
        <message>
            <source>attachments</source>
            <translation>المرفقات</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>إغلاق</translation>
        </message>
        <message>
            <source>History of this record</source>
            <translation>سجلّ هذا السجل</translation>
        </message>
        <message>
            <source>What was done to this record in this vault, newest first: when, what and which fields. Contents are never kept here. Changes from colleagues arrive with their bundles and show in Vault &gt; Audit trail as imports.</source>
            <translation>ما جرى على هذا السجل في هذه الخزنة، الأحدث أولًا: متى، وماذا، وأي الحقول. لا تُحفظ المحتويات هنا أبدًا. تصل تغييرات الزملاء مع حزمهم وتظهر في «الخزنة &gt; سجل التدقيق» على أنها عمليات استيراد.</translation>
        </message>
        <message>
            <source>When</source>
            <translation>متى</translation>
        </message>
        <message>
            <source>What</source>
            <translation>ماذا</translation>
        </message>
        <message>
            <source>Fields</source>
            <translation>الحقول</translation>
        </message>
        <message>
            <source>Record history</source>
            <translation>تاريخ السجل</translation>
        </message>
        <message>
            <source>Nothing recorded for it yet.</source>
            <translation>لم يُسجَّل له شيء بعد.</translation>
        </message>
        <message>
            <source>Audit trail</source>
            <translation>سجل التدقيق</translation>
        </message>
        <message>
            <source>The audit trail is broken at event %1: events were changed or removed. Keep a copy of the vault folder and ask the person who supports your office.</source>
            <translation>سجل التدقيق منقطع عند الحدث %1: عُدّلت أحداث أو حُذفت. احتفظ بنسخة من مجلد الخزنة واطلب المساعدة من الشخص الذي يقدّم الدعم لمكتبك.</translation>
        </message>
        <message>
            <source>Audit trail check</source>
            <translation>فحص سجل التدقيق</translation>
        </message>
        <message>
            <source>The newest %1 events are shown.</source>
            <translation>تُعرض أحدث %1 حدث.</translation>
        </message>
        <message>
            <source>Ids and field names only, never contents.</source>
            <translation>المعرّفات وأسماء الحقول فقط، لا المحتويات أبدًا.</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>النوع</translation>
        </message>
        <message>
            <source>Record or colleague</source>
            <translation>السجل أو الزميل</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>التفاصيل</translation>
        </message>
        <message>
            <source>Audit events</source>
            <translation>أحداث التدقيق</translation>
        </message>
        <message numerus="yes">
            <source>The audit trail is whole: %n event(s), each linked to the one before, and none removed from the end.</source>
            <translation>
                <numerusform>سجل التدقيق مكتمل: لا أحداث بعد.</numerusform>
                <numerusform>سجل التدقيق مكتمل: حدث واحد، ولم يُحذف شيء من آخره.</numerusform>
                <numerusform>سجل التدقيق مكتمل: حدثان، كل منهما مرتبط بما قبله، ولم يُحذف شيء من آخره.</numerusform>
                <numerusform>سجل التدقيق مكتمل: %n أحداث، كل منها مرتبط بما قبله، ولم يُحذف شيء من آخره.</numerusform>
                <numerusform>سجل التدقيق مكتمل: %n حدثًا، كل منها مرتبط بما قبله، ولم يُحذف شيء من آخره.</numerusform>
                <numerusform>سجل التدقيق مكتمل: %n حدث، كل منها مرتبط بما قبله، ولم يُحذف شيء من آخره.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BundleRefusal</name>
        <message>
            <source>%1 is too short to be a bundle part: it may have been cut short</source>
            <translation>%1 أقصر من أن يكون جزءًا من حزمة: ربما قُطع</translation>
        </message>
        <message>
            <source>%1 is not a whole bundle part: its end is not valid (cut short, damaged or altered)</source>
            <translation>%1 ليس جزءًا كاملًا من حزمة: نهايته غير صالحة (مقطوعة أو تالفة أو معدّلة)</translation>
        </message>
        <message>
            <source>%1 claims %2 parts, more than the %3 a bundle may have</source>
            <translation>%1 يدّعي %2 أجزاء، أكثر من %3 المسموح بها للحزمة</translation>
        </message>
        <message>
            <source>%1 claims a bundle larger than any may be</source>
            <translation>%1 يدّعي حزمة أكبر مما يمكن لأي حزمة أن تكون</translation>
        </message>
        <message>
            <source>%1 holds %2 where part %3 of %4 holds %5: cut short or altered</source>
            <translation>%1 يحوي %2 حيث يحوي الجزء %3 من %4 مقدار %5: مقطوع أو معدّل</translation>
        </message>
        <message>
            <source>the folder %1 holds more than %2 files named as bundle parts</source>
            <translation>المجلد %1 يحوي أكثر من %2 ملفًا مسمّاة كأجزاء حزمة</translation>
        </message>
        <message>
            <source>%1 and %2 disagree about the bundle they belong to: altered</source>
            <translation>%1 و%2 يختلفان حول الحزمة التي ينتميان إليها: معدّلان</translation>
        </message>
        <message>
            <source>%1 changed while it was read</source>
            <translation>تغيّر %1 أثناء قراءته</translation>
        </message>
        <message>
            <source>%1 ended early while it was read</source>
            <translation>انتهى %1 مبكرًا أثناء قراءته</translation>
        </message>
        <message>
            <source>the file is larger than any bundle may be</source>
            <translation>الملف أكبر مما يمكن لأي حزمة أن تكون</translation>
        </message>
        <message>
            <source>the file is larger than %1</source>
            <translation>الملف أكبر من %1</translation>
        </message>
        <message>
            <source>the file ends before its last part</source>
            <translation>ينتهي الملف قبل جزئه الأخير</translation>
        </message>
        <message>
            <source>this is not a bundle of a version this app reads</source>
            <translation>ليست هذه حزمة من إصدار يقرؤه هذا التطبيق</translation>
        </message>
        <message>
            <source>bundle format %1, newer than this hrd-desk reads</source>
            <translation>صيغة الحزمة %1، أحدث مما يقرؤه هذا الإصدار من hrd-desk</translation>
        </message>
        <message>
            <source>its records are of schema %1; this hrd-desk knows up to %2</source>
            <translation>سجلاتها من المخطط %1؛ يعرف هذا الإصدار من hrd-desk حتى %2</translation>
        </message>
        <message>
            <source>its header was altered or damaged</source>
            <translation>رأسها معدّل أو تالف</translation>
        </message>
        <message>
            <source>its header is malformed</source>
            <translation>رأسها غير سليم البنية</translation>
        </message>
        <message>
            <source>its signed list of contents is malformed</source>
            <translation>قائمة محتوياتها الموقّعة غير سليمة البنية</translation>
        </message>
        <message>
            <source>it goes past one of the limits every bundle keeps to</source>
            <translation>تتجاوز أحد الحدود التي تلتزم بها كل حزمة</translation>
        </message>
        <message>
            <source>its contents do not follow the format</source>
            <translation>محتواها لا يتبع الصيغة</translation>
        </message>
        <message>
            <source>none of its recipients is this vault</source>
            <translation>لا أحد من مستلميها هو هذه الخزنة</translation>
        </message>
        <message>
            <source>the sender did not address it to this vault: someone re-encrypted or forwarded it</source>
            <translation>لم يوجّهها المرسل إلى هذه الخزنة: أعاد أحدهم تشفيرها أو حوّلها</translation>
        </message>
        <message>
            <source>its header is not the one the sender signed: someone re-encrypted it</source>
            <translation>رأسها ليس الذي وقّعه المرسل: أعاد أحدهم تشفيرها</translation>
        </message>
        <message>
            <source>this is not an acknowledgement file</source>
            <translation>ليس هذا ملف إشعارات استلام</translation>
        </message>
        <message>
            <source>acknowledgements in a format this hrd-desk does not know</source>
            <translation>إشعارات استلام بصيغة لا يعرفها هذا الإصدار من hrd-desk</translation>
        </message>
        <message>
            <source>the sender is not one of your colleagues</source>
            <translation>المرسل ليس من زملائك</translation>
        </message>
        <message>
            <source>the sender's fingerprint: %1</source>
            <translation>بصمة المرسل: %1</translation>
        </message>
        <message>
            <source>the sender is a revoked colleague</source>
            <translation>المرسل زميل أُلغي</translation>
        </message>
        <message>
            <source>the sender's signature does not verify</source>
            <translation>توقيع المرسل لا يتحقق</translation>
        </message>
        <message>
            <source>a colleague's new identity card in it is not signed as it must be</source>
            <translation>بطاقة الهوية الجديدة لأحد الزملاء فيها غير موقّعة كما يجب</translation>
        </message>
        <message>
            <source>it was imported before</source>
            <translation>استُوردت من قبل</translation>
        </message>
        <message>
            <source>a record in it is malformed</source>
            <translation>أحد السجلات فيها غير سليم البنية</translation>
        </message>
        <message>
            <source>the description of an evidence file in it is malformed</source>
            <translation>وصف أحد ملفات الأدلة فيها غير سليم البنية</translation>
        </message>
        <message>
            <source>it holds more than %1 evidence files</source>
            <translation>تحوي أكثر من %1 ملف أدلة</translation>
        </message>
        <message>
            <source>an evidence file in it is larger than %1</source>
            <translation>أحد ملفات الأدلة فيها أكبر من %1</translation>
        </message>
        <message>
            <source>an evidence file in it reuses the id of another one held here</source>
            <translation>أحد ملفات الأدلة فيها يعيد استخدام معرّف ملف آخر موجود هنا</translation>
        </message>
        <message>
            <source>an evidence file in it holds more data than it declares</source>
            <translation>أحد ملفات الأدلة فيها يحوي بيانات أكثر مما يعلن</translation>
        </message>
        <message>
            <source>an evidence file in it ends before its declared size</source>
            <translation>أحد ملفات الأدلة فيها ينتهي قبل حجمه المعلن</translation>
        </message>
        <message>
            <source>an evidence file in it does not match its SHA-256: altered or damaged</source>
            <translation>أحد ملفات الأدلة فيها لا يطابق SHA-256 الخاص به: معدّل أو تالف</translation>
        </message>
        <message>
            <source>, </source>
            <translation>، </translation>
        </message>
        <message>
            <source>%1 is there but belongs to another bundle</source>
            <translation>%1 موجود لكنه ينتمي إلى حزمة أخرى</translation>
        </message>
        <message>
            <source>%1 is there but damaged or cut short</source>
            <translation>%1 موجود لكنه تالف أو مقطوع</translation>
        </message>
        <message>
            <source>; </source>
            <translation>؛ </translation>
        </message>
        <message numerus="yes">
            <source>missing: part(s) %1 of %2</source>
            <translation>
                <numerusform>مفقود: الجزء %1 من %2</numerusform>
                <numerusform>مفقود: الجزء %1 من %2</numerusform>
                <numerusform>مفقودة: الجزآن %1 من %2</numerusform>
                <numerusform>مفقودة: الأجزاء %1 من %2</numerusform>
                <numerusform>مفقودة: الأجزاء %1 من %2</numerusform>
                <numerusform>مفقودة: الأجزاء %1 من %2</numerusform>
            </translation>
        </message>
    </context>
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
        <name>Colleagues</name>
        <message>
            <source>Verified</source>
            <translation>موثَّق</translation>
        </message>
        <message>
            <source>NOT VERIFIED</source>
            <translation>غير موثَّق</translation>
        </message>
        <message>
            <source>Revoked</source>
            <translation>مُبطَل</translation>
        </message>
        <message>
            <source>You compared fingerprints with them</source>
            <translation>قارنت البصمات معه</translation>
        </message>
        <message>
            <source>Compare fingerprints with them before sending anything</source>
            <translation>قارن البصمات معه قبل إرسال أي شيء</translation>
        </message>
        <message>
            <source>Nothing is sent to them, and their bundles are refused</source>
            <translation>لا يُرسل إليه شيء، وتُرفض حزمه</translation>
        </message>
        <message>
            <source>Programme office</source>
            <translation>مكتب البرنامج</translation>
        </message>
        <message>
            <source>Partner organisation</source>
            <translation>منظمة شريكة</translation>
        </message>
        <message>
            <source>Receives the records you share whole</source>
            <translation>يتلقى السجلات التي تشاركها كاملة</translation>
        </message>
        <message>
            <source>Receives records redacted: codenames instead of names; no legal names, contact details, addresses, exact places, related people's names or notes, or free text marked sensitive</source>
            <translation>يتلقى السجلات منقّحة: أسماء حركية بدل الأسماء؛ دون الأسماء القانونية أو بيانات الاتصال أو العناوين أو الأماكن الدقيقة أو أسماء المقرّبين وملاحظاتهم أو النصوص الحرة المعلَّمة بأنها حساسة</translation>
        </message>
        <message>
            <source>Colleagues are the offices and caseworkers you exchange records with. Add one from the identity card they gave you, then compare fingerprints with them before you send them anything.</source>
            <translation>الزملاء هم المكاتب ومتابعو الملفات الذين تتبادل السجلات معهم. أضف زميلًا من بطاقة الهوية التي أعطاك إياها، ثم قارن البصمات معه قبل أن ترسل إليه أي شيء.</translation>
        </message>
        <message>
            <source>Add from card file…</source>
            <translation>إضافة من ملف بطاقة…</translation>
        </message>
        <message>
            <source>Add a colleague from the identity card they gave you</source>
            <translation>إضافة زميل من بطاقة الهوية التي أعطاك إياها</translation>
        </message>
        <message>
            <source>Compare fingerprints…</source>
            <translation>مقارنة البصمات…</translation>
        </message>
        <message>
            <source>Compare fingerprints with the selected colleague</source>
            <translation>مقارنة البصمات مع الزميل المحدد</translation>
        </message>
        <message>
            <source>Revoke…</source>
            <translation>إبطال…</translation>
        </message>
        <message>
            <source>Stop all exchange with the selected colleague</source>
            <translation>إيقاف كل تبادل مع الزميل المحدد</translation>
        </message>
        <message>
            <source>Make partner…</source>
            <translation>جعله شريكًا…</translation>
        </message>
        <message>
            <source>Change whether the selected colleague is a programme office or a partner organisation</source>
            <translation>تحديد ما إذا كان الزميل المحدد مكتبًا للبرنامج أم منظمة شريكة</translation>
        </message>
        <message>
            <source>Colleagues</source>
            <translation>الزملاء</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <source>Trust</source>
            <translation>الثقة</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>النوع</translation>
        </message>
        <message>
            <source>Name on their card</source>
            <translation>الاسم على بطاقته</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>تاريخ الإضافة</translation>
        </message>
        <message>
            <source>No colleagues yet. Ask the office you will exchange with for their identity card, and give them yours (under My identity).</source>
            <translation>لا زملاء بعد. اطلب بطاقة الهوية من المكتب الذي ستتبادل معه، وأعطه بطاقتك (من «هويتي»).</translation>
        </message>
        <message>
            <source>Add a colleague</source>
            <translation>إضافة زميل</translation>
        </message>
        <message>
            <source>Your name for this colleague (only you see it; it must differ from your other colleagues' names):</source>
            <translation>اسمك لهذا الزميل (لا يراه غيرك؛ ويجب أن يختلف عن أسماء زملائك الآخرين):</translation>
        </message>
        <message>
            <source>Your name for this colleague</source>
            <translation>اسمك لهذا الزميل</translation>
        </message>
        <message>
            <source>A partner organisation (not an office of the programme)</source>
            <translation>منظمة شريكة (ليست مكتبًا للبرنامج)</translation>
        </message>
        <message>
            <source>A partner organisation</source>
            <translation>منظمة شريكة</translation>
        </message>
        <message>
            <source>Partners receive records redacted, and only about defenders whose consent covers partners.</source>
            <translation>يتلقى الشركاء السجلات منقّحة، وفقط عن المدافعين الذين تشمل موافقتهم الشركاء.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>Cancel adding</source>
            <translation>إلغاء الإضافة</translation>
        </message>
        <message>
            <source>Add colleague</source>
            <translation>إضافة الزميل</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>إغلاق</translation>
        </message>
        <message>
            <source>Close the comparison</source>
            <translation>إغلاق المقارنة</translation>
        </message>
        <message>
            <source>Every group matches: mark verified…</source>
            <translation>كل المجموعات متطابقة: وسمه موثَّقًا…</translation>
        </message>
        <message>
            <source>Every group matches: mark verified</source>
            <translation>كل المجموعات متطابقة: وسمه موثَّقًا</translation>
        </message>
        <message>
            <source>Suspect: %1; those changes are kept aside.</source>
            <translation>مشبوه: %1؛ وُضعت تلك التغييرات جانبًا.</translation>
        </message>
        <message>
            <source>%1 says it revoked them (%2). Revoke them here too if you agree.</source>
            <translation>يقول %1 إنه أبطله (%2). أبطله هنا أيضًا إن كنت موافقًا.</translation>
        </message>
        <message>
            <source> · SUSPECT</source>
            <translation> · مشبوه</translation>
        </message>
        <message>
            <source> · revoked by a colleague</source>
            <translation> · أبطله زميل</translation>
        </message>
        <message>
            <source>Make office…</source>
            <translation>جعله مكتبًا…</translation>
        </message>
        <message>
            <source>Compare fingerprints again…</source>
            <translation>مقارنة البصمات مجددًا…</translation>
        </message>
        <message>
            <source>Open a colleague's identity card</source>
            <translation>فتح بطاقة هوية زميل</translation>
        </message>
        <message>
            <source>Card refused</source>
            <translation>رُفضت البطاقة</translation>
        </message>
        <message>
            <source>This card names itself “%1”. Choose your own name for this colleague below. Adding them does not make them trusted: compare fingerprints with them next.</source>
            <translation>تسمّي هذه البطاقة نفسها «%1». اختر أدناه اسمك الخاص لهذا الزميل. إضافته لا تجعله موثوقًا: قارن البصمات معه بعد ذلك.</translation>
        </message>
        <message>
            <source>Fingerprint on this card</source>
            <translation>البصمة على هذه البطاقة</translation>
        </message>
        <message>
            <source>Added %1. Not verified yet: compare fingerprints with them before sending anything.</source>
            <translation>أُضيف %1. لم يُوثَّق بعد: قارن البصمات معه قبل إرسال أي شيء.</translation>
        </message>
        <message>
            <source>Colleague not added</source>
            <translation>لم يُضف الزميل</translation>
        </message>
        <message>
            <source>Compare fingerprints with %1</source>
            <translation>مقارنة البصمات مع %1</translation>
        </message>
        <message>
            <source>Meet %1, or call them on a line where you know their voice. Each of you reads your own fingerprint aloud, group by group, while the other checks it here. In person, you can instead scan the QR code on their screen with a phone camera and compare the groups it shows with theirs below. Mark them verified only if every group matches. If any group differs, do not verify: someone may be posing as them.</source>
            <translation>التقِ %1، أو اتصل به على خط تعرف فيه صوته. يقرأ كل منكما بصمته بصوت عالٍ، مجموعةً مجموعة، بينما يتحقق الآخر منها هنا. وجهًا لوجه، يمكنك بدلًا من ذلك مسح رمز QR على شاشته بكاميرا هاتف ومقارنة المجموعات التي يعرضها مع مجموعاته أدناه. لا تسمه موثَّقًا إلا إذا تطابقت كل المجموعات. إن اختلفت أي مجموعة فلا توثّقه: قد ينتحل أحدٌ شخصيته.</translation>
        </message>
        <message>
            <source>This vault (yours)</source>
            <translation>هذه الخزنة (خزنتك)</translation>
        </message>
        <message>
            <source>%1 (theirs, from their card)</source>
            <translation>%1 (بصمته، من بطاقته)</translation>
        </message>
        <message>
            <source>Mark as verified</source>
            <translation>وسمه موثَّقًا</translation>
        </message>
        <message>
            <source>Did all ten groups match, compared with %1 in person or on a call where you knew their voice?

Once verified, records can be sent to them and synced with them without further warnings.</source>
            <translation>هل تطابقت المجموعات العشر كلها، عند مقارنتها مع %1 وجهًا لوجه أو في مكالمة عرفت فيها صوته؟

بعد التوثيق، يمكن إرسال السجلات إليه ومزامنتها معه دون تحذيرات أخرى.</translation>
        </message>
        <message>
            <source>They matched: mark as verified</source>
            <translation>تطابقت: وسمه موثَّقًا</translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation>ليس بعد</translation>
        </message>
        <message>
            <source>%1 is verified.</source>
            <translation>%1 موثَّق.</translation>
        </message>
        <message>
            <source>Not verified</source>
            <translation>لم يُوثَّق</translation>
        </message>
        <message>
            <source>Make %1 a partner organisation?

From now on they receive records redacted, and only about defenders whose consent covers partners.</source>
            <translation>جعل %1 منظمة شريكة؟

من الآن فصاعدًا يتلقى السجلات منقّحة، وفقط عن المدافعين الذين تشمل موافقتهم الشركاء.</translation>
        </message>
        <message>
            <source>Make %1 an office of the programme?

From now on what you share with them leaves whole. What they already received stays as it was sent: nothing is sent again unredacted.</source>
            <translation>جعل %1 مكتبًا للبرنامج؟

من الآن فصاعدًا يخرج ما تشاركه معه كاملًا. ما تلقاه سابقًا يبقى كما أُرسل: لا يُعاد إرسال شيء دون تنقيح.</translation>
        </message>
        <message>
            <source>Change colleague kind</source>
            <translation>تغيير نوع الزميل</translation>
        </message>
        <message>
            <source>Make partner</source>
            <translation>جعله شريكًا</translation>
        </message>
        <message>
            <source>Make office</source>
            <translation>جعله مكتبًا</translation>
        </message>
        <message>
            <source>Keep as it is</source>
            <translation>إبقاؤه كما هو</translation>
        </message>
        <message>
            <source>%1 is now a partner organisation.</source>
            <translation>أصبح %1 منظمة شريكة.</translation>
        </message>
        <message>
            <source>%1 is now a programme office.</source>
            <translation>أصبح %1 مكتبًا للبرنامج.</translation>
        </message>
        <message>
            <source>Kind not changed</source>
            <translation>لم يتغير النوع</translation>
        </message>
        <message>
            <source>Revoke colleague</source>
            <translation>إبطال الزميل</translation>
        </message>
        <message>
            <source>Revoke %1?

Nothing will be sent to them again, and bundles from them will be refused from now on. What they already received stays with them; records they sent you stay here.

This cannot be undone: their card cannot be added again. Revoke only if their key may be lost, stolen or no longer theirs.</source>
            <translation>إبطال %1؟

لن يُرسل إليه شيء بعد الآن، وستُرفض حزمه من الآن فصاعدًا. ما تلقاه سابقًا يبقى لديه؛ والسجلات التي أرسلها إليك تبقى هنا.

لا يمكن التراجع عن ذلك: لا يمكن إضافة بطاقته مجددًا. لا تبطله إلا إذا كان مفتاحه قد فُقد أو سُرق أو لم يعد له.</translation>
        </message>
        <message>
            <source>Revoke</source>
            <translation>إبطال</translation>
        </message>
        <message>
            <source>Keep colleague</source>
            <translation>الإبقاء على الزميل</translation>
        </message>
        <message>
            <source>%1 is revoked.</source>
            <translation>%1 مُبطَل.</translation>
        </message>
        <message>
            <source>Not revoked</source>
            <translation>لم يُبطَل</translation>
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
        <name>Conflicts</name>
        <message>
            <source>Deleted</source>
            <translation>محذوف</translation>
        </message>
        <message>
            <source>This vault</source>
            <translation>هذه الخزنة</translation>
        </message>
        <message>
            <source>%1, %2 (deleted it)</source>
            <translation>%1، %2 (حذفه)</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1، %2</translation>
        </message>
        <message>
            <source>This vault's version (mine), %1</source>
            <translation>نسخة هذه الخزنة (نسختي)، %1</translation>
        </message>
        <message>
            <source>%1's version, %2</source>
            <translation>نسخة %1، %2</translation>
        </message>
        <message>
            <source>This vault's own latest version (mine)</source>
            <translation>أحدث نسخة خاصة بهذه الخزنة (نسختي)</translation>
        </message>
        <message>
            <source>A conflict is a field changed here and by a colleague before either saw the other's change (or a record deleted on one side while edited on the other). Both versions are kept until you choose; meanwhile the record shows the latest change and stays visible. A proposal is a colleague's change to consent, to what a record belongs to or to a field it was not given: only this office decides those, so it waits here until you accept or refuse it.</source>
            <translation>التعارض هو حقل عُدّل هنا ولدى زميل قبل أن يرى أيٌّ منكما تغيير الآخر (أو سجل حُذف في جهة بينما عُدّل في الأخرى). تُحفظ النسختان حتى تختار؛ وفي الأثناء يعرض السجل آخر تغيير ويبقى ظاهرًا. والمقترح هو تغيير من زميل على الموافقة أو على ما ينتمي إليه السجل أو على حقل لم يُرسل إليه: هذا المكتب وحده يقرر ذلك، فيبقى المقترح هنا حتى تقبله أو ترفضه.</translation>
        </message>
        <message>
            <source>Records in conflict</source>
            <translation>السجلات المتعارضة</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>السجل</translation>
        </message>
        <message>
            <source>What differs</source>
            <translation>ما يختلف</translation>
        </message>
        <message>
            <source>No conflicts. Nothing needs your decision.</source>
            <translation>لا تعارضات. لا شيء ينتظر قرارك.</translation>
        </message>
        <message>
            <source>Values in each version</source>
            <translation>القيم في كل نسخة</translation>
        </message>
        <message>
            <source>Show hidden values</source>
            <translation>إظهار القيم المخفية</translation>
        </message>
        <message>
            <source>Show sensitive values until you leave this conflict</source>
            <translation>إظهار القيم الحساسة حتى تغادر هذا التعارض</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>الإبقاء على</translation>
        </message>
        <message>
            <source>Version to keep</source>
            <translation>النسخة التي تُبقى</translation>
        </message>
        <message>
            <source>Keep this version…</source>
            <translation>الإبقاء على هذه النسخة…</translation>
        </message>
        <message>
            <source>Keep the chosen version</source>
            <translation>الإبقاء على النسخة المختارة</translation>
        </message>
        <message>
            <source>%1 proposes a change: %2</source>
            <translation>يقترح %1 تغييرًا: %2</translation>
        </message>
        <message>
            <source>deleted on one side</source>
            <translation>حُذف في جهة</translation>
        </message>
        <message>
            <source>Each column is one version: where and when it was made, and what it held.</source>
            <translation>كل عمود نسخة: أين ومتى أُنشئت، وماذا تضمنت.</translation>
        </message>
        <message>
            <source> One side deleted this record while the other changed it.</source>
            <translation> حذفت إحدى الجهتين هذا السجل بينما عدّلته الأخرى.</translation>
        </message>
        <message>
            <source> (sent on by %1)</source>
            <translation> (أعاد إرساله %1)</translation>
        </message>
        <message>
            <source>%1%2 proposes to change what only this office decides: consent, or which defender, case or stay this record belongs to. Nothing changes, and nothing is sent on, until you accept it.</source>
            <translation>يقترح %1%2 تغيير ما يقرره هذا المكتب وحده: الموافقة، أو المدافع أو الملف أو الإقامة التي ينتمي إليها هذا السجل. لا يتغير شيء، ولا يُعاد إرسال شيء، حتى تقبله.</translation>
        </message>
        <message>
            <source>Decide…</source>
            <translation>قرّر…</translation>
        </message>
        <message>
            <source>Refuse: keep this vault's values</source>
            <translation>رفض: الإبقاء على قيم هذه الخزنة</translation>
        </message>
        <message>
            <source>Accept %1's proposal</source>
            <translation>قبول مقترح %1</translation>
        </message>
        <message>
            <source>This vault now</source>
            <translation>هذه الخزنة الآن</translation>
        </message>
        <message>
            <source>%1 proposes, %2</source>
            <translation>يقترح %1، %2</translation>
        </message>
        <message>
            <source>Hide values</source>
            <translation>إخفاء القيم</translation>
        </message>
        <message>
            <source>Kept</source>
            <translation>أُبقي</translation>
        </message>
        <message>
            <source>This record is not kept updated for any colleague, so your choice stays in this vault.</source>
            <translation>لا يُحدَّث هذا السجل لدى أي زميل، لذلك يبقى اختيارك في هذه الخزنة.</translation>
        </message>
        <message>
            <source>Your choice is sent at the next exchange to %1.</source>
            <translation>يُرسل اختيارك في التبادل القادم إلى %1.</translation>
        </message>
        <message>
            <source>Accept %1's change to “%2”?

It becomes this office's own decision. %3</source>
            <translation>قبول تغيير %1 على «%2»؟

يصبح قرارًا خاصًا بهذا المكتب. %3</translation>
        </message>
        <message>
            <source>Accept the change</source>
            <translation>قبول التغيير</translation>
        </message>
        <message>
            <source>Refuse %1's change to “%2”?

The record keeps this vault's values; the proposal is dropped.</source>
            <translation>رفض تغيير %1 على «%2»؟

يحتفظ السجل بقيم هذه الخزنة؛ ويُسقَط المقترح.</translation>
        </message>
        <message>
            <source>Refuse the change</source>
            <translation>رفض التغيير</translation>
        </message>
        <message>
            <source>Decide on a proposal</source>
            <translation>القرار بشأن مقترح</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>Not decided</source>
            <translation>لم يُتخذ قرار</translation>
        </message>
        <message>
            <source>Resolve the conflict</source>
            <translation>حلّ التعارض</translation>
        </message>
        <message>
            <source>Keep %1 for “%2”?

The record then shows that version's values for the fields that differ. The other versions stay in the record's history. %3</source>
            <translation>الإبقاء على %1 لـ«%2»؟

يعرض السجل عندئذ قيم تلك النسخة في الحقول المختلفة. تبقى النسخ الأخرى في تاريخ السجل. %3</translation>
        </message>
        <message>
            <source>Keep this version</source>
            <translation>الإبقاء على هذه النسخة</translation>
        </message>
        <message>
            <source>Not resolved</source>
            <translation>لم يُحلّ</translation>
        </message>
    </context>
    <context>
        <name>CopyGuard</name>
        <message>
            <source>Copy</source>
            <translation>نسخ</translation>
        </message>
    </context>
    <context>
        <name>Country</name>
        <message>
            <source>Afghanistan</source>
            <translation>أفغانستان</translation>
        </message>
        <message>
            <source>Albania</source>
            <translation>ألبانيا</translation>
        </message>
        <message>
            <source>Algeria</source>
            <translation>الجزائر</translation>
        </message>
        <message>
            <source>American Samoa</source>
            <translation>صاموا الأمريكيّة</translation>
        </message>
        <message>
            <source>Andorra</source>
            <translation>أندورا</translation>
        </message>
        <message>
            <source>Angola</source>
            <translation>أنغولا</translation>
        </message>
        <message>
            <source>Anguilla</source>
            <translation>أنغويلا</translation>
        </message>
        <message>
            <source>Antarctica</source>
            <translation>القطب الجنوبي</translation>
        </message>
        <message>
            <source>Antigua &amp; Barbuda</source>
            <translation>أنتيغوا و باربودا</translation>
        </message>
        <message>
            <source>Argentina</source>
            <translation>الأرجنتين</translation>
        </message>
        <message>
            <source>Armenia</source>
            <translation>أرمينيا</translation>
        </message>
        <message>
            <source>Aruba</source>
            <translation>أروبا</translation>
        </message>
        <message>
            <source>Ascension Island</source>
            <translation>جزيرة أسينشيون</translation>
        </message>
        <message>
            <source>Australia</source>
            <translation>أستراليا</translation>
        </message>
        <message>
            <source>Austria</source>
            <translation>النّمسا</translation>
        </message>
        <message>
            <source>Azerbaijan</source>
            <translation>أذربيجان</translation>
        </message>
        <message>
            <source>Bahamas</source>
            <translation>جزر البهاما</translation>
        </message>
        <message>
            <source>Bahrain</source>
            <translation>البحرين</translation>
        </message>
        <message>
            <source>Bangladesh</source>
            <translation>بنغلادش</translation>
        </message>
        <message>
            <source>Barbados</source>
            <translation>بربادوس</translation>
        </message>
        <message>
            <source>Belarus</source>
            <translation>بيلاروس</translation>
        </message>
        <message>
            <source>Belgium</source>
            <translation>بلجيكا</translation>
        </message>
        <message>
            <source>Belize</source>
            <translation>بيليز</translation>
        </message>
        <message>
            <source>Benin</source>
            <translation>بنين</translation>
        </message>
        <message>
            <source>Bermuda</source>
            <translation>برمودا</translation>
        </message>
        <message>
            <source>Bhutan</source>
            <translation>بوتان</translation>
        </message>
        <message>
            <source>Bolivia</source>
            <translation>بوليفيا</translation>
        </message>
        <message>
            <source>Bosnia &amp; Herzegovina</source>
            <translation>البوسنة و الهرسك</translation>
        </message>
        <message>
            <source>Botswana</source>
            <translation>بوتسوانا</translation>
        </message>
        <message>
            <source>Bouvet Island</source>
            <translation>جزيرة بوفي</translation>
        </message>
        <message>
            <source>Brazil</source>
            <translation>البرازيل</translation>
        </message>
        <message>
            <source>British Indian Ocean Territory</source>
            <translation>مقاطعة المحيط الهندي البريطانيّة</translation>
        </message>
        <message>
            <source>British Virgin Islands</source>
            <translation>جزر فيرجن البريطانية</translation>
        </message>
        <message>
            <source>Brunei</source>
            <translation>بروناي دار السّلام</translation>
        </message>
        <message>
            <source>Bulgaria</source>
            <translation>بلغاريا</translation>
        </message>
        <message>
            <source>Burkina Faso</source>
            <translation>بوركينا فاصو</translation>
        </message>
        <message>
            <source>Burundi</source>
            <translation>بوروندي</translation>
        </message>
        <message>
            <source>Cambodia</source>
            <translation>كمبوديا</translation>
        </message>
        <message>
            <source>Cameroon</source>
            <translation>الكاميرون</translation>
        </message>
        <message>
            <source>Canada</source>
            <translation>كندا</translation>
        </message>
        <message>
            <source>Canary Islands</source>
            <translation>جزر الكناري</translation>
        </message>
        <message>
            <source>Cape Verde</source>
            <translation>الرأس الأخضر</translation>
        </message>
        <message>
            <source>Caribbean Netherlands</source>
            <translation>هولندا الكاريبية</translation>
        </message>
        <message>
            <source>Cayman Islands</source>
            <translation>جزر الكيمان</translation>
        </message>
        <message>
            <source>Central African Republic</source>
            <translation>جمهورية إفريقيّا الوسطى</translation>
        </message>
        <message>
            <source>Ceuta &amp; Melilla</source>
            <translation>سبتة ومليلية</translation>
        </message>
        <message>
            <source>Chad</source>
            <translation>تشاد</translation>
        </message>
        <message>
            <source>Chile</source>
            <translation>تشيلي</translation>
        </message>
        <message>
            <source>China</source>
            <translation>الصّين</translation>
        </message>
        <message>
            <source>Christmas Island</source>
            <translation>جزر الكريسماس</translation>
        </message>
        <message>
            <source>Clipperton Island</source>
            <translation>جزيرة كليبرتون</translation>
        </message>
        <message>
            <source>Cocos (Keeling) Islands</source>
            <translation>جزر الكوكوس</translation>
        </message>
        <message>
            <source>Colombia</source>
            <translation>كولومبيا</translation>
        </message>
        <message>
            <source>Comoros</source>
            <translation>جزر القمر</translation>
        </message>
        <message>
            <source>Congo - Brazzaville</source>
            <translation>جمهورية الكونغو</translation>
        </message>
        <message>
            <source>Congo - Kinshasa</source>
            <translation>جمهورية الكونغو الديمقراطية</translation>
        </message>
        <message>
            <source>Cook Islands</source>
            <translation>جزر كوك</translation>
        </message>
        <message>
            <source>Costa Rica</source>
            <translation>كوستاريكا</translation>
        </message>
        <message>
            <source>Croatia</source>
            <translation>كرواتيا</translation>
        </message>
        <message>
            <source>Cuba</source>
            <translation>كوبا</translation>
        </message>
        <message>
            <source>Curaçao</source>
            <translation>جزر كوراكاو</translation>
        </message>
        <message>
            <source>Cyprus</source>
            <translation>قبرص</translation>
        </message>
        <message>
            <source>Czechia</source>
            <translation>التشيك</translation>
        </message>
        <message>
            <source>Côte d’Ivoire</source>
            <translation>ساحل العاج</translation>
        </message>
        <message>
            <source>Denmark</source>
            <translation>الدّنمارك</translation>
        </message>
        <message>
            <source>Diego Garcia</source>
            <translation>دييغو غارسيا</translation>
        </message>
        <message>
            <source>Djibouti</source>
            <translation>جيبوتي</translation>
        </message>
        <message>
            <source>Dominica</source>
            <translation>دومينيكا</translation>
        </message>
        <message>
            <source>Dominican Republic</source>
            <translation>جمهوريّة الدّومينيكان</translation>
        </message>
        <message>
            <source>Ecuador</source>
            <translation>الإكوادور</translation>
        </message>
        <message>
            <source>Egypt</source>
            <translation>مصر</translation>
        </message>
        <message>
            <source>El Salvador</source>
            <translation>السّلفادور</translation>
        </message>
        <message>
            <source>Equatorial Guinea</source>
            <translation>غينيا الاستوائيّة</translation>
        </message>
        <message>
            <source>Eritrea</source>
            <translation>إريتريا</translation>
        </message>
        <message>
            <source>Estonia</source>
            <translation>إستونيا</translation>
        </message>
        <message>
            <source>Eswatini</source>
            <translation>إسواتيني</translation>
        </message>
        <message>
            <source>Ethiopia</source>
            <translation>إثيوبيا</translation>
        </message>
        <message>
            <source>Falkland Islands</source>
            <translation>جزر فوكلاند</translation>
        </message>
        <message>
            <source>Faroe Islands</source>
            <translation>جزر الفارو</translation>
        </message>
        <message>
            <source>Fiji</source>
            <translation>فيجي</translation>
        </message>
        <message>
            <source>Finland</source>
            <translation>فنلندا</translation>
        </message>
        <message>
            <source>France</source>
            <translation>فرنسا</translation>
        </message>
        <message>
            <source>French Guiana</source>
            <translation>غيانا الفرنسيّة</translation>
        </message>
        <message>
            <source>French Polynesia</source>
            <translation>بولينيسيا الفرنسيّة</translation>
        </message>
        <message>
            <source>French Southern Territories</source>
            <translation>المقاطعات الفرنسيّة الجنوبيّة</translation>
        </message>
        <message>
            <source>Gabon</source>
            <translation>الغابون</translation>
        </message>
        <message>
            <source>Gambia</source>
            <translation>غامبيا</translation>
        </message>
        <message>
            <source>Georgia</source>
            <translation>جورجيا</translation>
        </message>
        <message>
            <source>Germany</source>
            <translation>ألمانيا</translation>
        </message>
        <message>
            <source>Ghana</source>
            <translation>غانا</translation>
        </message>
        <message>
            <source>Gibraltar</source>
            <translation>جبل طارق</translation>
        </message>
        <message>
            <source>Greece</source>
            <translation>اليونان</translation>
        </message>
        <message>
            <source>Greenland</source>
            <translation>غرينلاند</translation>
        </message>
        <message>
            <source>Grenada</source>
            <translation>غرينادا</translation>
        </message>
        <message>
            <source>Guadeloupe</source>
            <translation>جوادالوبّي</translation>
        </message>
        <message>
            <source>Guam</source>
            <translation>جوام</translation>
        </message>
        <message>
            <source>Guatemala</source>
            <translation>غواتيمالا</translation>
        </message>
        <message>
            <source>Guernsey</source>
            <translation>جزيرة جويرزني</translation>
        </message>
        <message>
            <source>Guinea</source>
            <translation>غينيا</translation>
        </message>
        <message>
            <source>Guinea-Bissau</source>
            <translation>غينيا بيساو</translation>
        </message>
        <message>
            <source>Guyana</source>
            <translation>غويانا</translation>
        </message>
        <message>
            <source>Haiti</source>
            <translation>هايتي</translation>
        </message>
        <message>
            <source>Heard &amp; McDonald Islands</source>
            <translation>جزيرة هيرد وجزر مَكْدونالد</translation>
        </message>
        <message>
            <source>Honduras</source>
            <translation>هندوراس</translation>
        </message>
        <message>
            <source>Hong Kong SAR China</source>
            <translation>هونغ كونغ</translation>
        </message>
        <message>
            <source>Hungary</source>
            <translation>المجر</translation>
        </message>
        <message>
            <source>Iceland</source>
            <translation>آيسلندا</translation>
        </message>
        <message>
            <source>India</source>
            <translation>الهند</translation>
        </message>
        <message>
            <source>Indonesia</source>
            <translation>إندونيسيا</translation>
        </message>
        <message>
            <source>Iran</source>
            <translation>إيران</translation>
        </message>
        <message>
            <source>Iraq</source>
            <translation>العراق</translation>
        </message>
        <message>
            <source>Ireland</source>
            <translation>أيرلندا</translation>
        </message>
        <message>
            <source>Isle of Man</source>
            <translation>آيزل أف مان</translation>
        </message>
        <message>
            <source>Israel</source>
            <translation>إسرائيل</translation>
        </message>
        <message>
            <source>Italy</source>
            <translation>إيطاليا</translation>
        </message>
        <message>
            <source>Jamaica</source>
            <translation>جامايكا</translation>
        </message>
        <message>
            <source>Japan</source>
            <translation>اليابان</translation>
        </message>
        <message>
            <source>Jersey</source>
            <translation>جيرسي</translation>
        </message>
        <message>
            <source>Jordan</source>
            <translation>الأردن</translation>
        </message>
        <message>
            <source>Kazakhstan</source>
            <translation>كازاخستان</translation>
        </message>
        <message>
            <source>Kenya</source>
            <translation>كينيا</translation>
        </message>
        <message>
            <source>Kiribati</source>
            <translation>كيريباتي</translation>
        </message>
        <message>
            <source>Kosovo</source>
            <translation>كوسوفو</translation>
        </message>
        <message>
            <source>Kuwait</source>
            <translation>الكويت</translation>
        </message>
        <message>
            <source>Kyrgyzstan</source>
            <translation>قيرغزستان</translation>
        </message>
        <message>
            <source>Laos</source>
            <translation>لاوس</translation>
        </message>
        <message>
            <source>Latvia</source>
            <translation>لاتفيا</translation>
        </message>
        <message>
            <source>Lebanon</source>
            <translation>لبنان</translation>
        </message>
        <message>
            <source>Lesotho</source>
            <translation>ليسوتو</translation>
        </message>
        <message>
            <source>Liberia</source>
            <translation>ليبيريا</translation>
        </message>
        <message>
            <source>Libya</source>
            <translation>ليبيا</translation>
        </message>
        <message>
            <source>Liechtenstein</source>
            <translation>ليشتنشتاين</translation>
        </message>
        <message>
            <source>Lithuania</source>
            <translation>لثوانيا</translation>
        </message>
        <message>
            <source>Luxembourg</source>
            <translation>لوكسمبورغ</translation>
        </message>
        <message>
            <source>Macao SAR China</source>
            <translation>مكّاو</translation>
        </message>
        <message>
            <source>Madagascar</source>
            <translation>مدغشقر</translation>
        </message>
        <message>
            <source>Malawi</source>
            <translation>ملاوي</translation>
        </message>
        <message>
            <source>Malaysia</source>
            <translation>ماليزيا</translation>
        </message>
        <message>
            <source>Maldives</source>
            <translation>جزر المالديف</translation>
        </message>
        <message>
            <source>Mali</source>
            <translation>مالي</translation>
        </message>
        <message>
            <source>Malta</source>
            <translation>مالطة</translation>
        </message>
        <message>
            <source>Marshall Islands</source>
            <translation>جزر المارشال</translation>
        </message>
        <message>
            <source>Martinique</source>
            <translation>مارتينيك</translation>
        </message>
        <message>
            <source>Mauritania</source>
            <translation>موريتانيا</translation>
        </message>
        <message>
            <source>Mauritius</source>
            <translation>موريشيوس</translation>
        </message>
        <message>
            <source>Mayotte</source>
            <translation>مايوت</translation>
        </message>
        <message>
            <source>Mexico</source>
            <translation>المكسيك</translation>
        </message>
        <message>
            <source>Micronesia</source>
            <translation>ميكرونيزيا</translation>
        </message>
        <message>
            <source>Moldova</source>
            <translation>مولدوفا</translation>
        </message>
        <message>
            <source>Monaco</source>
            <translation>موناكو</translation>
        </message>
        <message>
            <source>Mongolia</source>
            <translation>منغوليا</translation>
        </message>
        <message>
            <source>Montenegro</source>
            <translation>المنتنيغرو</translation>
        </message>
        <message>
            <source>Montserrat</source>
            <translation>مونتسيرات</translation>
        </message>
        <message>
            <source>Morocco</source>
            <translation>المغرب</translation>
        </message>
        <message>
            <source>Mozambique</source>
            <translation>موزمبيق</translation>
        </message>
        <message>
            <source>Myanmar (Burma)</source>
            <translation>ميانمار</translation>
        </message>
        <message>
            <source>Namibia</source>
            <translation>ناميبيا</translation>
        </message>
        <message>
            <source>Nauru</source>
            <translation>ناورو</translation>
        </message>
        <message>
            <source>Nepal</source>
            <translation>نيبال</translation>
        </message>
        <message>
            <source>Netherlands</source>
            <translation>هولندا</translation>
        </message>
        <message>
            <source>New Caledonia</source>
            <translation>نيو قلدونيا</translation>
        </message>
        <message>
            <source>New Zealand</source>
            <translation>نيوزيلاندا</translation>
        </message>
        <message>
            <source>Nicaragua</source>
            <translation>نيكاراجوا</translation>
        </message>
        <message>
            <source>Niger</source>
            <translation>النّيجر</translation>
        </message>
        <message>
            <source>Nigeria</source>
            <translation>نيجيريا</translation>
        </message>
        <message>
            <source>Niue</source>
            <translation>نيوي</translation>
        </message>
        <message>
            <source>Norfolk Island</source>
            <translation>جزيرة نورفولك</translation>
        </message>
        <message>
            <source>North Korea</source>
            <translation>كوريا الشمالية</translation>
        </message>
        <message>
            <source>North Macedonia</source>
            <translation>مقدونيا الشمالية</translation>
        </message>
        <message>
            <source>Northern Mariana Islands</source>
            <translation>جزر ماريانا الشّماليّة</translation>
        </message>
        <message>
            <source>Norway</source>
            <translation>النّرويج</translation>
        </message>
        <message>
            <source>Oman</source>
            <translation>عمان</translation>
        </message>
        <message>
            <source>Pakistan</source>
            <translation>باكستان</translation>
        </message>
        <message>
            <source>Palau</source>
            <translation>بالاو</translation>
        </message>
        <message>
            <source>Palestinian Territories</source>
            <translation>الأراضي الفلسطينية</translation>
        </message>
        <message>
            <source>Panama</source>
            <translation>بنما</translation>
        </message>
        <message>
            <source>Papua New Guinea</source>
            <translation>بابوا غينيا الجديدة</translation>
        </message>
        <message>
            <source>Paraguay</source>
            <translation>الباراغواي</translation>
        </message>
        <message>
            <source>Peru</source>
            <translation>البيرو</translation>
        </message>
        <message>
            <source>Philippines</source>
            <translation>الفلبّين</translation>
        </message>
        <message>
            <source>Pitcairn Islands</source>
            <translation>بتكيرن</translation>
        </message>
        <message>
            <source>Poland</source>
            <translation>بولندا</translation>
        </message>
        <message>
            <source>Portugal</source>
            <translation>البرتغال</translation>
        </message>
        <message>
            <source>Puerto Rico</source>
            <translation>بورتوريكو</translation>
        </message>
        <message>
            <source>Qatar</source>
            <translation>قطر</translation>
        </message>
        <message>
            <source>Romania</source>
            <translation>رومانيا</translation>
        </message>
        <message>
            <source>Russia</source>
            <translation>روسيا</translation>
        </message>
        <message>
            <source>Rwanda</source>
            <translation>رواندا</translation>
        </message>
        <message>
            <source>Réunion</source>
            <translation>ريونيون</translation>
        </message>
        <message>
            <source>Samoa</source>
            <translation>صاموا</translation>
        </message>
        <message>
            <source>San Marino</source>
            <translation>سان مارينو</translation>
        </message>
        <message>
            <source>Saudi Arabia</source>
            <translation>السّعوديّة</translation>
        </message>
        <message>
            <source>Senegal</source>
            <translation>السّنغال</translation>
        </message>
        <message>
            <source>Serbia</source>
            <translation>صربية</translation>
        </message>
        <message>
            <source>Seychelles</source>
            <translation>السّيشل</translation>
        </message>
        <message>
            <source>Sierra Leone</source>
            <translation>سيراليون</translation>
        </message>
        <message>
            <source>Singapore</source>
            <translation>سنغافورة</translation>
        </message>
        <message>
            <source>Sint Maarten</source>
            <translation>سانت مارتن (الجزء الهولندي)</translation>
        </message>
        <message>
            <source>Slovakia</source>
            <translation>سلوفاكيا</translation>
        </message>
        <message>
            <source>Slovenia</source>
            <translation>سلوفينيا</translation>
        </message>
        <message>
            <source>Solomon Islands</source>
            <translation>جزر سولومن</translation>
        </message>
        <message>
            <source>Somalia</source>
            <translation>الصّومال</translation>
        </message>
        <message>
            <source>South Africa</source>
            <translation>جنوب إفريقيا</translation>
        </message>
        <message>
            <source>South Georgia &amp; South Sandwich Islands</source>
            <translation>جورجيا الجنوبيّة و جزر ساندويتش الجنوبيّة</translation>
        </message>
        <message>
            <source>South Korea</source>
            <translation>كوريا الجنوبية</translation>
        </message>
        <message>
            <source>South Sudan</source>
            <translation>جنوب السّودان</translation>
        </message>
        <message>
            <source>Spain</source>
            <translation>إسبانيا</translation>
        </message>
        <message>
            <source>Sri Lanka</source>
            <translation>سريلانكا</translation>
        </message>
        <message>
            <source>St. Barthélemy</source>
            <translation>سان بارتليمي</translation>
        </message>
        <message>
            <source>St. Helena</source>
            <translation>سانت هيلينا</translation>
        </message>
        <message>
            <source>St. Kitts &amp; Nevis</source>
            <translation>سانت كيتس و نيفس</translation>
        </message>
        <message>
            <source>St. Lucia</source>
            <translation>سانت لوسيا</translation>
        </message>
        <message>
            <source>St. Martin</source>
            <translation>سانت مارتين (القطاع الفرنسي)</translation>
        </message>
        <message>
            <source>St. Pierre &amp; Miquelon</source>
            <translation>سانت بيير و ميكيلون</translation>
        </message>
        <message>
            <source>St. Vincent &amp; Grenadines</source>
            <translation>سانت فنسنت و جزر الغرينادين</translation>
        </message>
        <message>
            <source>Sudan</source>
            <translation>السّودان</translation>
        </message>
        <message>
            <source>Suriname</source>
            <translation>سورينام</translation>
        </message>
        <message>
            <source>Svalbard &amp; Jan Mayen</source>
            <translation>سفالبارد و جان ماين</translation>
        </message>
        <message>
            <source>Sweden</source>
            <translation>السّويد</translation>
        </message>
        <message>
            <source>Switzerland</source>
            <translation>سويسرا</translation>
        </message>
        <message>
            <source>Syria</source>
            <translation>سوريا</translation>
        </message>
        <message>
            <source>São Tomé &amp; Príncipe</source>
            <translation>ساو تومي و برنسبي</translation>
        </message>
        <message>
            <source>Taiwan</source>
            <translation>تايوان</translation>
        </message>
        <message>
            <source>Tajikistan</source>
            <translation>طاجيكستان</translation>
        </message>
        <message>
            <source>Tanzania</source>
            <translation>تنزانيا</translation>
        </message>
        <message>
            <source>Thailand</source>
            <translation>تايلاند</translation>
        </message>
        <message>
            <source>Timor-Leste</source>
            <translation>تيمور-ليستي</translation>
        </message>
        <message>
            <source>Togo</source>
            <translation>توغو</translation>
        </message>
        <message>
            <source>Tokelau</source>
            <translation>جزر توكيلو</translation>
        </message>
        <message>
            <source>Tonga</source>
            <translation>تونغا</translation>
        </message>
        <message>
            <source>Trinidad &amp; Tobago</source>
            <translation>ترينيداد و توباغو</translation>
        </message>
        <message>
            <source>Tristan da Cunha</source>
            <translation>تريستان دا كونا</translation>
        </message>
        <message>
            <source>Tunisia</source>
            <translation>تونس</translation>
        </message>
        <message>
            <source>Turkmenistan</source>
            <translation>تركمانستان</translation>
        </message>
        <message>
            <source>Turks &amp; Caicos Islands</source>
            <translation>جزر التّرك و الكايكوس</translation>
        </message>
        <message>
            <source>Tuvalu</source>
            <translation>توفالو</translation>
        </message>
        <message>
            <source>Türkiye</source>
            <translation>تركيا</translation>
        </message>
        <message>
            <source>U.S. Outlying Islands</source>
            <translation>جزر الولايات المتّحدة الصّغرى النّائية</translation>
        </message>
        <message>
            <source>U.S. Virgin Islands</source>
            <translation>جزر فيرجن الأمريكية</translation>
        </message>
        <message>
            <source>Uganda</source>
            <translation>أوغندا</translation>
        </message>
        <message>
            <source>Ukraine</source>
            <translation>أوكرانيا</translation>
        </message>
        <message>
            <source>United Arab Emirates</source>
            <translation>الإمارات العربيّة المتحدّة</translation>
        </message>
        <message>
            <source>United Kingdom</source>
            <translation>المملكة المتّحدة</translation>
        </message>
        <message>
            <source>United States</source>
            <translation>الولايات المتّحدة</translation>
        </message>
        <message>
            <source>Uruguay</source>
            <translation>الأوروغواي</translation>
        </message>
        <message>
            <source>Uzbekistan</source>
            <translation>أوزبكستان</translation>
        </message>
        <message>
            <source>Vanuatu</source>
            <translation>فانواتو</translation>
        </message>
        <message>
            <source>Vatican City</source>
            <translation>الفاتيكان</translation>
        </message>
        <message>
            <source>Venezuela</source>
            <translation>فنزويلا</translation>
        </message>
        <message>
            <source>Vietnam</source>
            <translation>فيتنام</translation>
        </message>
        <message>
            <source>Wallis &amp; Futuna</source>
            <translation>واليس و فوتونا</translation>
        </message>
        <message>
            <source>Western Sahara</source>
            <translation>الصّحراء الغربيّة</translation>
        </message>
        <message>
            <source>Yemen</source>
            <translation>اليمن</translation>
        </message>
        <message>
            <source>Zambia</source>
            <translation>زامبيا</translation>
        </message>
        <message>
            <source>Zimbabwe</source>
            <translation>زمبابوي</translation>
        </message>
        <message>
            <source>Åland Islands</source>
            <translation>جزر آلاند</translation>
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
            <source>Attachments…</source>
            <translation>المرفقات…</translation>
        </message>
        <message>
            <source>Evidence files attached to this defender: add, view, export, verify</source>
            <translation>ملفات الأدلة المرفقة بهذا المدافع: إضافة، عرض، تصدير، تحقق</translation>
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
        <name>Dossier</name>
        <message>
            <source>(withheld)</source>
            <translation>(محجوب)</translation>
        </message>
        <message>
            <source>Defender</source>
            <translation>المدافع</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>الملف الشخصي</translation>
        </message>
        <message>
            <source>Incident timeline</source>
            <translation>التسلسل الزمني للحوادث</translation>
        </message>
        <message>
            <source>Threat pattern</source>
            <translation>نمط التهديدات</translation>
        </message>
        <message>
            <source>Stays</source>
            <translation>الإقامات</translation>
        </message>
        <message>
            <source>Advocacy</source>
            <translation>المناصرة</translation>
        </message>
        <message>
            <source>Risk trend</source>
            <translation>تطور الخطر</translation>
        </message>
        <message>
            <source>Risks in the latest assessment</source>
            <translation>المخاطر في آخر تقييم</translation>
        </message>
        <message>
            <source>Security plan status</source>
            <translation>حالة الخطة الأمنية</translation>
        </message>
        <message>
            <source>Category: %1</source>
            <translation>الفئة: %1</translation>
        </message>
        <message>
            <source>Perpetrator: %1</source>
            <translation>الجاني: %1</translation>
        </message>
        <message>
            <source>Not known</source>
            <translation>غير معروف</translation>
        </message>
        <message>
            <source>Highest severity</source>
            <translation>أعلى خطورة</translation>
        </message>
        <message>
            <source>No incident under this profile.</source>
            <translation>لا حوادث ضمن هذا الملف.</translation>
        </message>
        <message>
            <source>Incidents counted in the chart</source>
            <translation>الحوادث المحسوبة في الرسم</translation>
        </message>
        <message>
            <source>%1 from %2 to %3 (those this profile lets leave)</source>
            <translation>%1 من %2 إلى %3 (ما يسمح هذا الملف بخروجه)</translation>
        </message>
        <message>
            <source>Measures planned</source>
            <translation>تدابير مخططة</translation>
        </message>
        <message>
            <source>Measures in place</source>
            <translation>تدابير مطبّقة</translation>
        </message>
        <message>
            <source>Measures lapsed</source>
            <translation>تدابير منتهية</translation>
        </message>
        <message>
            <source>Measures dropped</source>
            <translation>تدابير متروكة</translation>
        </message>
        <message>
            <source>Measures %1</source>
            <translation>تدابير: %1</translation>
        </message>
        <message>
            <source>Measures overdue on %1</source>
            <translation>تدابير متأخرة في %1</translation>
        </message>
        <message>
            <source>Measures whose review is due</source>
            <translation>تدابير حان موعد مراجعتها</translation>
        </message>
        <message>
            <source>Next review</source>
            <translation>المراجعة التالية</translation>
        </message>
        <message>
            <source>none set</source>
            <translation>لم تُحدَّد</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>متأخر</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>نعم</translation>
        </message>
        <message>
            <source>Profile: %1 · %2 · Office: %3</source>
            <translation>الملف: %1 · %2 · المكتب: %3</translation>
        </message>
        <message>
            <source>Dossier: %1</source>
            <translation>ملف: %1</translation>
        </message>
        <message>
            <source>Prepared %1 by %2, %3 profile. Not encrypted: keep it safe.</source>
            <translation>أُعدّ في %1 من قِبل %2، ملف %3. غير مشفّر: احفظه في مكان آمن.</translation>
        </message>
        <message>
            <source>None under this profile.</source>
            <translation>لا شيء ضمن هذا الملف.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>; </source>
            <translation>؛ </translation>
        </message>
        <message>
            <source>full</source>
            <translation>كامل</translation>
        </message>
        <message>
            <source>partner</source>
            <translation>للشركاء</translation>
        </message>
        <message>
            <source>public</source>
            <translation>عام</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>المعرّف</translation>
        </message>
        <message>
            <source>this office (no name set)</source>
            <translation>هذا المكتب (بلا اسم)</translation>
        </message>
        <message numerus="yes">
            <source>%n incident(s) left out: the consent of a defender they concern does not allow this profile.</source>
            <translation>
                <numerusform>لم تُحذف أي حوادث.</numerusform>
                <numerusform>حُذف حادث واحد: موافقة مدافع معنيّ لا تسمح بهذا الملف.</numerusform>
                <numerusform>حُذف حادثان: موافقة مدافع معنيّ لا تسمح بهذا الملف.</numerusform>
                <numerusform>حُذفت %n حوادث: موافقة مدافع معنيّ لا تسمح بهذا الملف.</numerusform>
                <numerusform>حُذف %n حادثًا: موافقة مدافع معنيّ لا تسمح بهذا الملف.</numerusform>
                <numerusform>حُذف %n حادث: موافقة مدافع معنيّ لا تسمح بهذا الملف.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n stay(s) left out (consent).</source>
            <translation>
                <numerusform>لم تُحذف أي إقامات.</numerusform>
                <numerusform>حُذفت إقامة واحدة (الموافقة).</numerusform>
                <numerusform>حُذفت إقامتان (الموافقة).</numerusform>
                <numerusform>حُذفت %n إقامات (الموافقة).</numerusform>
                <numerusform>حُذفت %n إقامةً (الموافقة).</numerusform>
                <numerusform>حُذفت %n إقامة (الموافقة).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n action(s) left out (consent).</source>
            <translation>
                <numerusform>لم يُحذف أي إجراء.</numerusform>
                <numerusform>حُذف إجراء واحد (الموافقة).</numerusform>
                <numerusform>حُذف إجراءان (الموافقة).</numerusform>
                <numerusform>حُذفت %n إجراءات (الموافقة).</numerusform>
                <numerusform>حُذف %n إجراءً (الموافقة).</numerusform>
                <numerusform>حُذف %n إجراء (الموافقة).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n assessment(s) left out (consent).</source>
            <translation>
                <numerusform>لم يُحذف أي تقييم.</numerusform>
                <numerusform>حُذف تقييم واحد (الموافقة).</numerusform>
                <numerusform>حُذف تقييمان (الموافقة).</numerusform>
                <numerusform>حُذفت %n تقييمات (الموافقة).</numerusform>
                <numerusform>حُذف %n تقييمًا (الموافقة).</numerusform>
                <numerusform>حُذف %n تقييم (الموافقة).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n risk item(s) left out (consent).</source>
            <translation>
                <numerusform>لم يُحذف أي عنصر خطر.</numerusform>
                <numerusform>حُذف عنصر خطر واحد (الموافقة).</numerusform>
                <numerusform>حُذف عنصرا خطر (الموافقة).</numerusform>
                <numerusform>حُذفت %n عناصر خطر (الموافقة).</numerusform>
                <numerusform>حُذف %n عنصر خطر (الموافقة).</numerusform>
                <numerusform>حُذف %n عنصر خطر (الموافقة).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n measure(s) left out (consent).</source>
            <translation>
                <numerusform>لم يُحذف أي تدبير.</numerusform>
                <numerusform>حُذف تدبير واحد (الموافقة).</numerusform>
                <numerusform>حُذف تدبيران (الموافقة).</numerusform>
                <numerusform>حُذفت %n تدابير (الموافقة).</numerusform>
                <numerusform>حُذف %n تدبيرًا (الموافقة).</numerusform>
                <numerusform>حُذف %n تدبير (الموافقة).</numerusform>
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
        <name>Errors</name>
        <message>
            <source>The change was not saved</source>
            <translation>لم يُحفظ التغيير</translation>
        </message>
        <message>
            <source>access refused</source>
            <translation>تم رفض الوصول</translation>
        </message>
        <message>
            <source>it does not exist</source>
            <translation>غير موجود</translation>
        </message>
        <message>
            <source>a name in its path is not a folder</source>
            <translation>أحد الأسماء في مساره ليس مجلدًا</translation>
        </message>
        <message>
            <source>it is a folder</source>
            <translation>إنه مجلد</translation>
        </message>
        <message>
            <source>it is a link, which is not followed</source>
            <translation>إنه رابط، ولا تتم متابعته</translation>
        </message>
        <message>
            <source>the disk reported an error</source>
            <translation>أبلغ القرص عن خطأ</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>القرص ممتلئ</translation>
        </message>
        <message>
            <source>the disk quota is used up</source>
            <translation>استُنفدت حصة القرص</translation>
        </message>
        <message>
            <source>the file is too large for this disk</source>
            <translation>الملف أكبر من أن يتسع له هذا القرص</translation>
        </message>
        <message>
            <source>the disk is read-only</source>
            <translation>القرص للقراءة فقط</translation>
        </message>
        <message>
            <source>the name is too long</source>
            <translation>الاسم طويل جدًا</translation>
        </message>
        <message>
            <source>it is in use</source>
            <translation>إنه قيد الاستخدام</translation>
        </message>
        <message>
            <source>too many files are open</source>
            <translation>عدد الملفات المفتوحة كبير جدًا</translation>
        </message>
        <message>
            <source>the device is not there</source>
            <translation>الجهاز غير موجود</translation>
        </message>
        <message>
            <source>the device did not answer in time</source>
            <translation>لم يستجب الجهاز في الوقت المحدد</translation>
        </message>
        <message>
            <source>This is required.</source>
            <translation>هذا الحقل مطلوب.</translation>
        </message>
        <message>
            <source>This is longer than 1 MiB.</source>
            <translation>هذا النص أطول من 1 ميبيبايت.</translation>
        </message>
        <message>
            <source>This holds characters that cannot be kept (control characters, or a line break where one line is expected).</source>
            <translation>يحتوي هذا النص على أحرف لا يمكن حفظها (أحرف تحكم، أو فاصل أسطر حيث يُنتظر سطر واحد).</translation>
        </message>
        <message>
            <source>“%1” is not one of the choices.</source>
            <translation>«%1» ليس من الخيارات.</translation>
        </message>
        <message>
            <source>“%1” is not a whole number.</source>
            <translation>«%1» ليس عددًا صحيحًا.</translation>
        </message>
        <message>
            <source>Give a whole number from %1 to %2.</source>
            <translation>أدخل عددًا صحيحًا من %1 إلى %2.</translation>
        </message>
        <message>
            <source>“%1” is not a two-letter country code.</source>
            <translation>«%1» ليس رمز بلد من حرفين.</translation>
        </message>
        <message>
            <source>There are too many items.</source>
            <translation>العناصر كثيرة جدًا.</translation>
        </message>
        <message>
            <source>“%1” is not a date: write YYYY, YYYY-MM, YYYY-MM-DD, YYYY-MM-DDTHH:MM, a range A..B or about YYYY.</source>
            <translation>«%1» ليس تاريخًا: اكتب YYYY أو YYYY-MM أو YYYY-MM-DD أو YYYY-MM-DDTHH:MM أو فترة A..B أو about YYYY (نحو).</translation>
        </message>
        <message>
            <source>“%1”: the year %2 is outside 1900–2200.</source>
            <translation>«%1»: السنة %2 خارج المدى 1900–2200.</translation>
        </message>
        <message>
            <source>“%1”: month %2 does not exist (months are 01 to 12).</source>
            <translation>«%1»: الشهر %2 غير موجود (الأشهر من 01 إلى 12).</translation>
        </message>
        <message>
            <source>“%1”: %2 is not a time of day (00:00 to 23:59).</source>
            <translation>«%1»: %2 ليس وقتًا من اليوم (00:00 إلى 23:59).</translation>
        </message>
        <message>
            <source>“%1”: write dates as YYYY-MM-DD (e.g. 2024-03-15).</source>
            <translation>«%1»: اكتب التواريخ بصيغة ⁦YYYY-MM-DD⁩ (مثل ⁦2024-03-15⁩).</translation>
        </message>
        <message>
            <source>“%1” is not a date: write %2, MM/YYYY or YYYY-MM-DD.</source>
            <translation>«%1» ليس تاريخًا: اكتب %2 أو MM/YYYY أو YYYY-MM-DD.</translation>
        </message>
        <message>
            <source>“%1”: the range ends before it starts.</source>
            <translation>«%1»: تنتهي الفترة قبل أن تبدأ.</translation>
        </message>
        <message>
            <source>%1 is in the future (today is %2).</source>
            <translation>%1 في المستقبل (اليوم %2).</translation>
        </message>
        <message>
            <source>The departure (%1) must be after the arrival (%2).</source>
            <translation>يجب أن تكون المغادرة (%1) بعد الوصول (%2).</translation>
        </message>
        <message>
            <source>This stay (%1 to %2) overlaps another stay of the defender (%3 to %4): change the dates or cancel one of them.</source>
            <translation>تتداخل هذه الإقامة (%1 إلى %2) مع إقامة أخرى للمدافع (%3 إلى %4): غيّر التواريخ أو ألغِ إحداهما.</translation>
        </message>
        <message>
            <source>This belongs to another defender.</source>
            <translation>هذا السجل يخص مدافعًا آخر.</translation>
        </message>
        <message>
            <source>This case is not in the relocation programme.</source>
            <translation>هذه القضية ليست ضمن برنامج الانتقال.</translation>
        </message>
        <message>
            <source>This person is not related to the defender.</source>
            <translation>هذا الشخص غير مرتبط بالمدافع.</translation>
        </message>
        <message>
            <source>A check-in falls during or after the stay, which starts %1; %2 is before it.</source>
            <translation>يقع الاطمئنان أثناء الإقامة أو بعدها، وهي تبدأ في %1؛ و%2 قبلها.</translation>
        </message>
        <message>
            <source>Only a check-in recorded as done has this.</source>
            <translation>لا يحمل هذا الحقل إلا اطمئنان مسجّل كمُنجز.</translation>
        </message>
        <message>
            <source>That record is deleted: restore it or choose another.</source>
            <translation>هذا السجل محذوف: استعده أو اختر غيره.</translation>
        </message>
        <message>
            <source>This sub-type belongs to none of the incident's categories.</source>
            <translation>هذا النوع الفرعي لا ينتمي إلى أي من فئات الحادث.</translation>
        </message>
        <message>
            <source>“None” cannot stand beside the bodies it was reported to: give either.</source>
            <translation>لا يمكن أن يقف «لا أحد» بجانب الجهات التي أُبلغت: اختر أحدهما.</translation>
        </message>
        <message>
            <source>Required when consent allows sharing: record when consent was given (or leave consent “not recorded”).</source>
            <translation>مطلوب عندما تسمح الموافقة بالمشاركة: سجّل متى أُعطيت الموافقة (أو اترك الموافقة «غير مسجّلة»).</translation>
        </message>
        <message>
            <source>Required when consent allows sharing: record how consent was given (or leave consent “not recorded”).</source>
            <translation>مطلوب عندما تسمح الموافقة بالمشاركة: سجّل كيف أُعطيت الموافقة (أو اترك الموافقة «غير مسجّلة»).</translation>
        </message>
        <message>
            <source>“%1” is already the codename of %2: choose another.</source>
            <translation>«%1» هو بالفعل الاسم الرمزي لـ %2: اختر اسمًا آخر.</translation>
        </message>
        <message>
            <source>“%1” does not exist.</source>
            <translation>«%1» غير موجود.</translation>
        </message>
        <message>
            <source>“%1” cannot be read (%2).</source>
            <translation>تتعذّر قراءة «%1» (%2).</translation>
        </message>
        <message>
            <source>“%1” is not a regular file: a folder, a link or a device cannot be used.</source>
            <translation>«%1» ليس ملفًا عاديًا: لا يمكن استخدام مجلد أو رابط أو جهاز.</translation>
        </message>
        <message>
            <source>“%1” is a folder: give a file name.</source>
            <translation>«%1» مجلد: أعطِ اسم ملف.</translation>
        </message>
        <message>
            <source>The folder “%1” does not exist.</source>
            <translation>المجلد «%1» غير موجود.</translation>
        </message>
        <message>
            <source>“%1” is inside the vault folder, where it could replace the vault's own files: choose another place.</source>
            <translation>«%1» داخل مجلد الخزنة، حيث قد يحلّ محلّ ملفات الخزنة نفسها: اختر مكانًا آخر.</translation>
        </message>
        <message>
            <source>“%1” exists: choose a new file name.</source>
            <translation>«%1» موجود: اختر اسم ملف جديدًا.</translation>
        </message>
        <message>
            <source>The source and the note hold at most %1 characters each, without control characters.</source>
            <translation>لا يتجاوز كلٌّ من المصدر والملاحظة %1 حرفًا، دون أحرف تحكّم.</translation>
        </message>
        <message>
            <source>This attachment is no longer in the vault.</source>
            <translation>لم يعد هذا المرفق في الخزنة.</translation>
        </message>
        <message>
            <source>Files can be attached only to a defender, a case, an incident, a stay or an advocacy action.</source>
            <translation>لا يمكن إرفاق الملفات إلا بمدافع أو قضية أو حادثة أو إقامة أو إجراء مناصرة.</translation>
        </message>
        <message>
            <source>The file is larger than %1, the most an attachment may be.</source>
            <translation>الملف أكبر من %1، وهو الحد الأقصى لحجم المرفق.</translation>
        </message>
        <message>
            <source>Only images and plain text up to 64 MiB are shown inside the app: export a decrypted copy to open this one.</source>
            <translation>لا تُعرض داخل التطبيق إلا الصور والنصوص العادية حتى 64 ميبيبايت: صدّر نسخة غير مشفّرة لفتح هذا الملف.</translation>
        </message>
        <message>
            <source>Its encrypted file is missing from the vault folder.</source>
            <translation>ملفه المشفّر مفقود من مجلد الخزنة.</translation>
        </message>
        <message>
            <source>The folder “%1” holds no bundle parts (files named NAME.part1of3 and so on).</source>
            <translation>المجلد «%1» لا يحوي أجزاء حزم (ملفات مسمّاة NAME.part1of3 وهكذا).</translation>
        </message>
        <message>
            <source>The folder “%1” holds parts of %2 different bundles: choose one part of the bundle to import.</source>
            <translation>المجلد «%1» يحوي أجزاء من %2 حزم مختلفة: اختر جزءًا واحدًا من الحزمة المراد استيرادها.</translation>
        </message>
        <message>
            <source>“%1” and “%2” are both part %3 of %4: keep one of them.</source>
            <translation>«%1» و«%2» كلاهما الجزء %3 من %4: احتفظ بواحد منهما.</translation>
        </message>
        <message>
            <source>The folder “%1” cannot be read (%2).</source>
            <translation>تعذّرت قراءة المجلد «%1» (%2).</translation>
        </message>
        <message>
            <source>“%1” is too large to be an identity card.</source>
            <translation>«%1» أكبر من أن يكون بطاقة هوية.</translation>
        </message>
        <message>
            <source>This file is not a valid identity card: it is damaged, was altered, or is another kind of file.</source>
            <translation>هذا الملف ليس بطاقة هوية صالحة: إنه تالف أو معدّل أو من نوع آخر من الملفات.</translation>
        </message>
        <message>
            <source>This is this vault's own identity card: add your colleagues' cards here.</source>
            <translation>هذه بطاقة هوية هذه الخزنة نفسها: أضف هنا بطاقات زملائك.</translation>
        </message>
        <message>
            <source>A name holds 1 to %1 characters, without control characters.</source>
            <translation>يتكوّن الاسم من 1 إلى %1 حرفًا، دون أحرف تحكّم.</translation>
        </message>
        <message>
            <source>This colleague was revoked.</source>
            <translation>أُلغي هذا الزميل.</translation>
        </message>
        <message>
            <source>Its encrypted file no longer holds the bytes taken in (their SHA-256 differs, or it does not decrypt): it was altered or damaged on disk.</source>
            <translation>لم يعد ملفه المشفّر يحمل البايتات التي استُلمت (بصمة SHA-256 مختلفة، أو لا يمكن فك تشفيره): عُدّل أو تلف على القرص.</translation>
        </message>
        <message>
            <source>An empty passphrase cannot protect a vault.</source>
            <translation>لا يمكن لعبارة مرور فارغة أن تحمي خزنة.</translation>
        </message>
        <message>
            <source>The passphrase holds characters that are not valid text: choose another.</source>
            <translation>تحوي عبارة المرور أحرفًا ليست نصًا صالحًا: اختر عبارة أخرى.</translation>
        </message>
        <message>
            <source>That passphrase already opens this vault: choose another.</source>
            <translation>هذه العبارة تفتح هذه الخزنة بالفعل: اختر عبارة أخرى.</translation>
        </message>
        <message>
            <source>Give the passphrase, not the recovery code, for this change.</source>
            <translation>أدخل عبارة المرور، لا رمز الاسترداد، لهذا التغيير.</translation>
        </message>
        <message>
            <source>The duress passphrase must differ from the passphrase.</source>
            <translation>يجب أن تختلف عبارة الإكراه عن عبارة المرور.</translation>
        </message>
        <message>
            <source>That is not a recovery code.</source>
            <translation>هذا ليس رمز استرداد.</translation>
        </message>
        <message>
            <source>No shares were given.</source>
            <translation>لم يُقدَّم أي جزء.</translation>
        </message>
        <message>
            <source>A share has a mistyped word: check each word against the paper.</source>
            <translation>في أحد الأجزاء كلمة مكتوبة خطأً: طابق كل كلمة مع الورقة.</translation>
        </message>
        <message>
            <source>The shares belong to different recovery codes.</source>
            <translation>تنتمي الأجزاء إلى رموز استرداد مختلفة.</translation>
        </message>
        <message>
            <source>A share has a word missing, too many words, or a word that is not in the list.</source>
            <translation>في أحد الأجزاء كلمة ناقصة أو كلمات زائدة أو كلمة ليست في القائمة.</translation>
        </message>
        <message>
            <source>A share is mistyped or incomplete.</source>
            <translation>أحد الأجزاء مكتوب خطأً أو ناقص.</translation>
        </message>
        <message>
            <source>These shares are not of an hrd-desk recovery code.</source>
            <translation>هذه الأجزاء ليست لرمز استرداد من hrd-desk.</translation>
        </message>
        <message>
            <source>%1 different shares are needed and %2 were given.</source>
            <translation>يلزم %1 أجزاء مختلفة وقُدِّم %2.</translation>
        </message>
        <message>
            <source>Choose how many shares are needed (at least 2) and how many to make (at most %1).</source>
            <translation>اختر عدد الأجزاء اللازمة (2 على الأقل) وعدد الأجزاء المراد إنشاؤها (%1 على الأكثر).</translation>
        </message>
        <message>
            <source>Choose 0 (off), or 3 to %1 failed unlocks.</source>
            <translation>اختر 0 (إيقاف)، أو من 3 إلى %1 محاولات فتح فاشلة.</translation>
        </message>
        <message>
            <source>This card is already your colleague “%1”.</source>
            <translation>هذه البطاقة هي بالفعل بطاقة زميلك «%1».</translation>
        </message>
        <message>
            <source>Another colleague is already called “%1”: choose another name.</source>
            <translation>يوجد زميل آخر باسم «%1»: اختر اسمًا آخر.</translation>
        </message>
        <message>
            <source>“%1” is not a folder.</source>
            <translation>«%1» ليس مجلدًا.</translation>
        </message>
        <message>
            <source>its key file (keyslot) is damaged or was altered</source>
            <translation>ملف مفاتيحها (keyslot) تالف أو معدّل</translation>
        </message>
        <message>
            <source>its key file (keyslot) is missing</source>
            <translation>ملف مفاتيحها (keyslot) مفقود</translation>
        </message>
        <message>
            <source>its key file (keyslot) belongs to another vault</source>
            <translation>ملف مفاتيحها (keyslot) يخص خزنة أخرى</translation>
        </message>
        <message>
            <source>its key file asks for more memory than this computer has</source>
            <translation>ملف مفاتيحها يطلب ذاكرة أكثر مما في هذا الحاسوب</translation>
        </message>
        <message>
            <source>its database file is damaged</source>
            <translation>ملف قاعدة بياناتها تالف</translation>
        </message>
        <message>
            <source>its database file cannot be decrypted: it is damaged, or belongs to another key file</source>
            <translation>لا يمكن فك تشفير ملف قاعدة بياناتها: إنه تالف أو يخص ملف مفاتيح آخر</translation>
        </message>
        <message>
            <source>its identity keys are missing</source>
            <translation>مفاتيح هويتها مفقودة</translation>
        </message>
        <message>
            <source>its key file (keyslot) cannot be read (%1)</source>
            <translation>تعذّرت قراءة ملف مفاتيحها (keyslot) (%1)</translation>
        </message>
        <message>
            <source>its database file %1 is missing</source>
            <translation>ملف قاعدة بياناتها %1 مفقود</translation>
        </message>
        <message>
            <source>a newer hrd-desk made it (schema %1; this one knows up to %2): update hrd-desk to open it</source>
            <translation>أنشأها إصدار أحدث من hrd-desk (المخطط %1؛ يعرف هذا الإصدار حتى %2): حدّث hrd-desk لفتحها</translation>
        </message>
        <message>
            <source>the vault could not be written (%1); nothing was changed</source>
            <translation>تعذّرت الكتابة في الخزنة (%1)؛ لم يتغير شيء</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>a file could not be read or written (%1); nothing was changed</source>
            <translation>تعذّرت قراءة ملف أو كتابته (%1)؛ لم يتغير شيء</translation>
        </message>
        <message>
            <source>an unexpected error stopped the change (%1); nothing was changed</source>
            <translation>أوقف خطأ غير متوقع التغيير (%1)؛ لم يتغير شيء</translation>
        </message>
        <message numerus="yes">
            <source>“%1”: day %2 does not exist in %3 %4, which has %n day(s).</source>
            <translation>
                <numerusform>«%1»: اليوم %2 غير موجود في %3 %4، وليس فيه أيام.</numerusform>
                <numerusform>«%1»: اليوم %2 غير موجود في %3 %4، وفيه يوم واحد.</numerusform>
                <numerusform>«%1»: اليوم %2 غير موجود في %3 %4، وفيه يومان.</numerusform>
                <numerusform>«%1»: اليوم %2 غير موجود في %3 %4، وفيه %n أيام.</numerusform>
                <numerusform>«%1»: اليوم %2 غير موجود في %3 %4، وفيه %n يومًا.</numerusform>
                <numerusform>«%1»: اليوم %2 غير موجود في %3 %4، وفيه %n يوم.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Exchange</name>
        <message>
            <source>Sealed bundles (%1);;All files (*)</source>
            <translation>حزم مختومة (%1);;كل الملفات (*)</translation>
        </message>
        <message>
            <source>Fingerprint</source>
            <translation>البصمة</translation>
        </message>
        <message>
            <source>%1: fingerprint</source>
            <translation>%1: البصمة</translation>
        </message>
        <message>
            <source>%1: fingerprint as a QR code</source>
            <translation>%1: البصمة كرمز QR</translation>
        </message>
        <message>
            <source>Exchange</source>
            <translation>التبادل</translation>
        </message>
        <message>
            <source>Share records with colleagues as sealed files, and receive theirs, without any server: by USB stick, e-mail or a synced folder.</source>
            <translation>شارك السجلات مع زملائك كملفات مختومة، واستلم سجلاتهم، دون أي خادم: عبر ذاكرة USB أو البريد الإلكتروني أو مجلد متزامن.</translation>
        </message>
        <message>
            <source>Exchange sections</source>
            <translation>أقسام التبادل</translation>
        </message>
        <message>
            <source>My identity</source>
            <translation>هويتي</translation>
        </message>
        <message>
            <source>Colleagues</source>
            <translation>الزملاء</translation>
        </message>
        <message>
            <source>Send records</source>
            <translation>إرسال سجلات</translation>
        </message>
        <message>
            <source>Receive a bundle</source>
            <translation>استلام حزمة</translation>
        </message>
        <message>
            <source>Sync folder</source>
            <translation>مجلد المزامنة</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>التعارضات</translation>
        </message>
        <message>
            <source>Conflicts (%1)</source>
            <translation>التعارضات (%1)</translation>
        </message>
    </context>
    <context>
        <name>ExchangeSummary</name>
        <message>
            <source>Sender's fingerprint</source>
            <translation>بصمة المرسل</translation>
        </message>
        <message>
            <source>This file is not addressed to this vault.</source>
            <translation>هذا الملف غير موجّه إلى هذه الخزنة.</translation>
        </message>
        <message>
            <source>The file is damaged, or it is not a bundle.</source>
            <translation>الملف تالف، أو ليس حزمة.</translation>
        </message>
        <message>
            <source>The file is damaged or was altered after it was sealed.</source>
            <translation>الملف تالف أو عُدّل بعد ختمه.</translation>
        </message>
        <message>
            <source>The sender's signature does not match: the file was altered or forged.</source>
            <translation>توقيع المرسل غير مطابق: عُدّل الملف أو زُوّر.</translation>
        </message>
        <message>
            <source>The sender is not one of your colleagues. Add their identity card and compare fingerprints first.</source>
            <translation>المرسل ليس من زملائك. أضف بطاقة هويته وقارن البصمات أولًا.</translation>
        </message>
        <message>
            <source>The sender was revoked: bundles from them are refused.</source>
            <translation>المرسل مُبطَل: تُرفض حزمه.</translation>
        </message>
        <message>
            <source>This bundle was imported before.</source>
            <translation>سبق استيراد هذه الحزمة.</translation>
        </message>
        <message>
            <source>The file is larger than any bundle may be.</source>
            <translation>الملف أكبر مما يمكن أن تكون عليه أي حزمة.</translation>
        </message>
        <message>
            <source>The file ends early: it may still be copying. Try again when it is complete.</source>
            <translation>ينتهي الملف قبل أوانه: ربما ما زال قيد النسخ. أعد المحاولة عند اكتماله.</translation>
        </message>
        <message>
            <source>A newer hrd-desk made it: update hrd-desk, then import it again.</source>
            <translation>أنشأه إصدار أحدث من hrd-desk: حدّث hrd-desk ثم استورده مجددًا.</translation>
        </message>
        <message>
            <source>no records</source>
            <translation>لا سجلات</translation>
        </message>
        <message>
            <source>Not recorded yet: stays in this vault</source>
            <translation>لم تُسجَّل بعد: تبقى في هذه الخزنة</translation>
        </message>
        <message>
            <source>None: stays in this vault</source>
            <translation>لا شيء: تبقى في هذه الخزنة</translation>
        </message>
        <message>
            <source>Colleagues</source>
            <translation>الزملاء</translation>
        </message>
        <message>
            <source>Partners</source>
            <translation>الشركاء</translation>
        </message>
        <message>
            <source>Public</source>
            <translation>عامة</translation>
        </message>
        <message>
            <source>an impossible time</source>
            <translation>وقت مستحيل</translation>
        </message>
        <message>
            <source>far in the future</source>
            <translation>بعيدًا في المستقبل</translation>
        </message>
        <message>
            <source>%1 and %2</source>
            <translation>%1 و%2</translation>
        </message>
        <message>
            <source>, </source>
            <translation>، </translation>
        </message>
        <message>
            <source>Not every part of this bundle is here (%1). Put all the parts in the same folder, then choose any one of them again.

Nothing in this vault was changed.</source>
            <translation>ليست كل أجزاء هذه الحزمة موجودة (%1). ضع كل الأجزاء في المجلد نفسه، ثم اختر أيًّا منها مرة أخرى.

لم يتغير شيء في هذه الخزنة.</translation>
        </message>
        <message>
            <source>Refused (%1). %2 (%3)

Nothing in this vault was changed.</source>
            <translation>مرفوض (%1). %2 (%3)

لم يتغير شيء في هذه الخزنة.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Refused (%1). %2 (%3)</source>
            <translation>مرفوض (%1). %2 (%3)</translation>
        </message>
        <message>
            <source>This file cannot be read: %1.</source>
            <translation>تعذّرت قراءة هذا الملف: %1.</translation>
        </message>
        <message>
            <source>it is damaged</source>
            <translation>إنه تالف</translation>
        </message>
        <message>
            <source>The file could not be read or written (%1).</source>
            <translation>تعذّرت قراءة الملف أو كتابته (%1).</translation>
        </message>
        <message>
            <source>Something unexpected stopped it (%1). Nothing was changed.</source>
            <translation>أوقفه أمر غير متوقع (%1). لم يتغير شيء.</translation>
        </message>
        <message>
            <source> (REVOKED)</source>
            <translation> (مُبطَل)</translation>
        </message>
        <message>
            <source> (NOT VERIFIED: compare fingerprints with them)</source>
            <translation> (غير موثَّق: قارن البصمات معه)</translation>
        </message>
        <message>
            <source>This bundle from %1 was imported before. Nothing changed.</source>
            <translation>سبق استيراد هذه الحزمة من %1. لم يتغير شيء.</translation>
        </message>
        <message>
            <source>From %1%2: %3, %4.</source>
            <translation>من %1%2: %3، %4.</translation>
        </message>
        <message>
            <source>%1 changed its identity keys (a successor card signed by its old and its new key): its new fingerprint is under Colleagues, and it keeps its trust.</source>
            <translation>غيّر %1 مفاتيح هويته (بطاقة خلَف موقّعة بمفتاحه القديم والجديد): بصمته الجديدة في «الزملاء»، ويحتفظ بثقته.</translation>
        </message>
        <message>
            <source>They are back.</source>
            <translation>لقد عادت.</translation>
        </message>
        <message>
            <source>This vault was restored from a copy: the bundle held changes made here that it no longer had. %1 It now writes under a new epoch, so your next changes reach colleagues. Changes made since the restore may be kept aside at colleagues: check them and make them again.</source>
            <translation>استُعيدت هذه الخزنة من نسخة: حملت الحزمة تغييرات أُجريت هنا لم تعد لديها. %1 صارت تكتب الآن ضمن حقبة جديدة، لكي تصل تغييراتك القادمة إلى الزملاء. قد توضع التغييرات التي أُجريت منذ الاستعادة جانبًا لدى الزملاء: راجعها وأعد إجراءها.</translation>
        </message>
        <message>
            <source>Written: %1</source>
            <translation>كُتب: %1</translation>
        </message>
        <message>
            <source>For %1: %2.</source>
            <translation>إلى %1: %2.</translation>
        </message>
        <message>
            <source>Saved in %1. Carry the file to them by any means: it is sealed, and only they can open it.</source>
            <translation>حُفظ في %1. أوصل الملف إليهم بأي وسيلة: إنه مختوم، ولا يفتحه سواهم.</translation>
        </message>
        <message>
            <source>Written in %1 parts: %2</source>
            <translation>كُتبت في %1 أجزاء: %2</translation>
        </message>
        <message>
            <source>Carry every part. Your colleague imports any one of them once all are in the same folder.</source>
            <translation>انقل كل الأجزاء. يستورد زميلك أيًّا منها بعد أن تصبح كلها في المجلد نفسه.</translation>
        </message>
        <message>
            <source>These records are now shared with them: each sync sends them the changes.</source>
            <translation>هذه السجلات مشتركة معهم الآن: كل مزامنة ترسل إليهم التغييرات.</translation>
        </message>
        <message>
            <source>Sent to %1: %2.</source>
            <translation>أُرسل إلى %1: %2.</translation>
        </message>
        <message>
            <source>Sent to %1: receipts for what arrived.</source>
            <translation>أُرسل إلى %1: إشعارات استلام لما وصل.</translation>
        </message>
        <message>
            <source>Nothing sent to %1: an evidence file that goes to them is damaged or missing in this vault. Find it with Verify in Attachments… on their records.</source>
            <translation>لم يُرسَل شيء إلى %1: ملف أدلة موجّه إليه تالف أو مفقود في هذه الخزنة. اعثر عليه باستخدام «تحقّق» في «المرفقات…» على سجلاته.</translation>
        </message>
        <message>
            <source>Nothing new to receive or send.</source>
            <translation>لا جديد للاستلام أو الإرسال.</translation>
        </message>
        <message>
            <source>A damaged file was not imported (%1).</source>
            <translation>لم يُستورد ملف تالف (%1).</translation>
        </message>
        <message>
            <source>File</source>
            <translation>الملف</translation>
        </message>
        <message>
            <source>This file is not a bundle hrd-desk can read.</source>
            <translation>هذا الملف ليس حزمة يستطيع hrd-desk قراءتها.</translation>
        </message>
        <message>
            <source>This bundle is not addressed to this vault: it was sealed for other colleagues, and cannot be opened here.</source>
            <translation>هذه الحزمة ليست موجهة إلى هذه الخزنة: خُتمت لزملاء آخرين، ولا يمكن فتحها هنا.</translation>
        </message>
        <message>
            <source>Unknown sender</source>
            <translation>مرسل غير معروف</translation>
        </message>
        <message>
            <source>Not a colleague</source>
            <translation>ليس زميلًا</translation>
        </message>
        <message>
            <source>Revoked: bundles from them are refused</source>
            <translation>مُلغى: تُرفض الحزم الواردة منه</translation>
        </message>
        <message>
            <source>Verified</source>
            <translation>موثَّق</translation>
        </message>
        <message>
            <source>NOT VERIFIED: you have not compared fingerprints with them</source>
            <translation>غير موثَّق: لم تقارن البصمات معه</translation>
        </message>
        <message>
            <source>From</source>
            <translation>من</translation>
        </message>
        <message>
            <source>Trust</source>
            <translation>الثقة</translation>
        </message>
        <message>
            <source>Made</source>
            <translation>أُنشئت</translation>
        </message>
        <message>
            <source>Holds</source>
            <translation>تحتوي</translation>
        </message>
        <message>
            <source>The sender is not one of your colleagues, so it cannot be imported. If you expected it, ask them for their identity card, add it under Colleagues, and compare this fingerprint with them.</source>
            <translation>المرسل ليس من زملائك، لذا لا يمكن استيرادها. إن كنت تتوقعها، فاطلب منه بطاقة هويته، وأضفها ضمن الزملاء، وقارن هذه البصمة معه.</translation>
        </message>
        <message>
            <source>This sender was revoked: the bundle will not be imported.</source>
            <translation>أُلغي هذا المرسل: لن تُستورد الحزمة.</translation>
        </message>
        <message>
            <source>This bundle was imported before: importing it again changes nothing.</source>
            <translation>استُوردت هذه الحزمة من قبل: استيرادها مرة أخرى لا يغيّر شيئًا.</translation>
        </message>
        <message>
            <source>You have not verified this colleague. Import only if you expected this file from them.</source>
            <translation>لم توثّق هذا الزميل. لا تستورد إلا إذا كنت تتوقع هذا الملف منه.</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s)</source>
            <translation>
                <numerusform>لا تغييرات</numerusform>
                <numerusform>تغيير واحد</numerusform>
                <numerusform>تغييران</numerusform>
                <numerusform>%n تغييرات</numerusform>
                <numerusform>%n تغييرًا</numerusform>
                <numerusform>%n تغيير</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) now has a conflict (the same field changed here and there): choose what to keep under Conflicts.</source>
            <translation>
                <numerusform>لا سجلات متعارضة.</numerusform>
                <numerusform>سجل واحد فيه الآن تعارض (الحقل نفسه عُدّل هنا وهناك): اختر ما تُبقيه في «التعارضات».</numerusform>
                <numerusform>سجلان فيهما الآن تعارض (الحقل نفسه عُدّل هنا وهناك): اختر ما تُبقيه في «التعارضات».</numerusform>
                <numerusform>%n سجلات فيها الآن تعارض (الحقل نفسه عُدّل هنا وهناك): اختر ما تُبقيه في «التعارضات».</numerusform>
                <numerusform>%n سجلًا فيها الآن تعارض (الحقل نفسه عُدّل هنا وهناك): اختر ما تُبقيه في «التعارضات».</numerusform>
                <numerusform>%n سجل فيها الآن تعارض (الحقل نفسه عُدّل هنا وهناك): اختر ما تُبقيه في «التعارضات».</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) came with a clock far in the future (kept, but flagged: the sender's computer clock may be wrong).</source>
            <translation>
                <numerusform>لا تغييرات بساعة بعيدة في المستقبل.</numerusform>
                <numerusform>تغيير واحد وصل بساعة بعيدة في المستقبل (أُبقي، لكن مع تنبيه: قد تكون ساعة حاسوب المرسل خاطئة).</numerusform>
                <numerusform>تغييران وصلا بساعة بعيدة في المستقبل (أُبقيا، لكن مع تنبيه: قد تكون ساعة حاسوب المرسل خاطئة).</numerusform>
                <numerusform>%n تغييرات وصلت بساعة بعيدة في المستقبل (أُبقيت، لكن مع تنبيه: قد تكون ساعة حاسوب المرسل خاطئة).</numerusform>
                <numerusform>%n تغييرًا وصلت بساعة بعيدة في المستقبل (أُبقيت، لكن مع تنبيه: قد تكون ساعة حاسوب المرسل خاطئة).</numerusform>
                <numerusform>%n تغيير وصلت بساعة بعيدة في المستقبل (أُبقيت، لكن مع تنبيه: قد تكون ساعة حاسوب المرسل خاطئة).</numerusform>
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
            <source>%n related people</source>
            <translation>
                <numerusform>لا مقرّبين</numerusform>
                <numerusform>شخص مقرّب واحد</numerusform>
                <numerusform>شخصان مقرّبان</numerusform>
                <numerusform>%n أشخاص مقرّبين</numerusform>
                <numerusform>%n شخصًا مقرّبًا</numerusform>
                <numerusform>%n شخص مقرّب</numerusform>
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
            <source>%n check-in(s)</source>
            <translation>
                <numerusform>لا متابعات</numerusform>
                <numerusform>متابعة واحدة</numerusform>
                <numerusform>متابعتان</numerusform>
                <numerusform>%n متابعات</numerusform>
                <numerusform>%n متابعة</numerusform>
                <numerusform>%n متابعة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n training(s)</source>
            <translation>
                <numerusform>لا تدريبات</numerusform>
                <numerusform>تدريب واحد</numerusform>
                <numerusform>تدريبان</numerusform>
                <numerusform>%n تدريبات</numerusform>
                <numerusform>%n تدريبًا</numerusform>
                <numerusform>%n تدريب</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n training participant(s)</source>
            <translation>
                <numerusform>لا مشاركين في التدريبات</numerusform>
                <numerusform>مشارك واحد في تدريب</numerusform>
                <numerusform>مشاركان في تدريب</numerusform>
                <numerusform>%n مشاركين في التدريبات</numerusform>
                <numerusform>%n مشاركًا في التدريبات</numerusform>
                <numerusform>%n مشارك في التدريبات</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n risk assessment(s)</source>
            <translation>
                <numerusform>لا تقييمات للمخاطر</numerusform>
                <numerusform>تقييم واحد للمخاطر</numerusform>
                <numerusform>تقييمان للمخاطر</numerusform>
                <numerusform>%n تقييمات للمخاطر</numerusform>
                <numerusform>%n تقييمًا للمخاطر</numerusform>
                <numerusform>%n تقييم للمخاطر</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n risk item(s)</source>
            <translation>
                <numerusform>لا عناصر خطر</numerusform>
                <numerusform>عنصر خطر واحد</numerusform>
                <numerusform>عنصرا خطر</numerusform>
                <numerusform>%n عناصر خطر</numerusform>
                <numerusform>%n عنصرَ خطر</numerusform>
                <numerusform>%n عنصر خطر</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n security measure(s)</source>
            <translation>
                <numerusform>لا تدابير أمنية</numerusform>
                <numerusform>تدبير أمني واحد</numerusform>
                <numerusform>تدبيران أمنيان</numerusform>
                <numerusform>%n تدابير أمنية</numerusform>
                <numerusform>%n تدبيرًا أمنيًا</numerusform>
                <numerusform>%n تدبير أمني</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n network contact(s)</source>
            <translation>
                <numerusform>لا جهات اتصال في الشبكة</numerusform>
                <numerusform>جهة اتصال واحدة في الشبكة</numerusform>
                <numerusform>جهتا اتصال في الشبكة</numerusform>
                <numerusform>%n جهات اتصال في الشبكة</numerusform>
                <numerusform>%n جهة اتصال في الشبكة</numerusform>
                <numerusform>%n جهة اتصال في الشبكة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n advocacy action(s)</source>
            <translation>
                <numerusform>لا إجراءات مناصرة</numerusform>
                <numerusform>إجراء مناصرة واحد</numerusform>
                <numerusform>إجراءا مناصرة</numerusform>
                <numerusform>%n إجراءات مناصرة</numerusform>
                <numerusform>%n إجراءً للمناصرة</numerusform>
                <numerusform>%n إجراء مناصرة</numerusform>
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
            <source>%n evidence file(s)</source>
            <translation>
                <numerusform>لا ملفات أدلة</numerusform>
                <numerusform>ملف أدلة واحد</numerusform>
                <numerusform>ملفا أدلة</numerusform>
                <numerusform>%n ملفات أدلة</numerusform>
                <numerusform>%n ملفًا من ملفات الأدلة</numerusform>
                <numerusform>%n ملف أدلة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new record(s)</source>
            <translation>
                <numerusform>لا سجلات جديدة</numerusform>
                <numerusform>سجل جديد واحد</numerusform>
                <numerusform>سجلان جديدان</numerusform>
                <numerusform>%n سجلات جديدة</numerusform>
                <numerusform>%n سجلًا جديدًا</numerusform>
                <numerusform>%n سجل جديد</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) applied</source>
            <translation>
                <numerusform>لم يُطبَّق أي تغيير</numerusform>
                <numerusform>طُبّق تغيير واحد</numerusform>
                <numerusform>طُبّق تغييران</numerusform>
                <numerusform>طُبّقت %n تغييرات</numerusform>
                <numerusform>طُبّق %n تغييرًا</numerusform>
                <numerusform>طُبّق %n تغيير</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n older change(s) kept in the history only (this vault already had something newer).</source>
            <translation>
                <numerusform>لا تغييرات أقدم.</numerusform>
                <numerusform>تغيير أقدم واحد حُفظ في التاريخ فقط (كان لدى هذه الخزنة ما هو أحدث).</numerusform>
                <numerusform>تغييران أقدم حُفظا في التاريخ فقط (كان لدى هذه الخزنة ما هو أحدث).</numerusform>
                <numerusform>%n تغييرات أقدم حُفظت في التاريخ فقط (كان لدى هذه الخزنة ما هو أحدث).</numerusform>
                <numerusform>%n تغييرًا أقدم حُفظت في التاريخ فقط (كان لدى هذه الخزنة ما هو أحدث).</numerusform>
                <numerusform>%n تغيير أقدم حُفظت في التاريخ فقط (كان لدى هذه الخزنة ما هو أحدث).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) wait for earlier changes that have not arrived yet; they apply when those come.</source>
            <translation>
                <numerusform>لا تغييرات تنتظر.</numerusform>
                <numerusform>تغيير واحد ينتظر تغييرات سابقة لم تصل بعد؛ يُطبَّق عند وصولها.</numerusform>
                <numerusform>تغييران ينتظران تغييرات سابقة لم تصل بعد؛ يُطبَّقان عند وصولها.</numerusform>
                <numerusform>%n تغييرات تنتظر تغييرات سابقة لم تصل بعد؛ تُطبَّق عند وصولها.</numerusform>
                <numerusform>%n تغييرًا تنتظر تغييرات سابقة لم تصل بعد؛ تُطبَّق عند وصولها.</numerusform>
                <numerusform>%n تغيير تنتظر تغييرات سابقة لم تصل بعد؛ تُطبَّق عند وصولها.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) to consent, to what a record belongs to or to fields the colleague was not given wait for your decision under Conflicts (proposals).</source>
            <translation>
                <numerusform>لا مقترحات تنتظر.</numerusform>
                <numerusform>تغيير واحد على الموافقة أو على ما ينتمي إليه سجل أو على حقول لم تُرسل إلى الزميل ينتظر قرارك في «التعارضات» (المقترحات).</numerusform>
                <numerusform>تغييران على الموافقة أو على ما ينتمي إليه سجل أو على حقول لم تُرسل إلى الزميل ينتظران قرارك في «التعارضات» (المقترحات).</numerusform>
                <numerusform>%n تغييرات على الموافقة أو على ما ينتمي إليه سجل أو على حقول لم تُرسل إلى الزميل تنتظر قرارك في «التعارضات» (المقترحات).</numerusform>
                <numerusform>%n تغييرًا على الموافقة أو على ما ينتمي إليه سجل أو على حقول لم تُرسل إلى الزميل تنتظر قرارك في «التعارضات» (المقترحات).</numerusform>
                <numerusform>%n تغيير على الموافقة أو على ما ينتمي إليه سجل أو على حقول لم تُرسل إلى الزميل تنتظر قرارك في «التعارضات» (المقترحات).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) refused: records outside what you share with them, purged here, or from a revoked colleague.</source>
            <translation>
                <numerusform>لم يُرفض أي تغيير.</numerusform>
                <numerusform>رُفض تغيير واحد: سجلات خارج ما تشاركه معه، أو أُزيلت نهائيًا هنا، أو من زميل مُبطَل.</numerusform>
                <numerusform>رُفض تغييران: سجلات خارج ما تشاركه معه، أو أُزيلت نهائيًا هنا، أو من زميل مُبطَل.</numerusform>
                <numerusform>رُفضت %n تغييرات: سجلات خارج ما تشاركه معه، أو أُزيلت نهائيًا هنا، أو من زميل مُبطَل.</numerusform>
                <numerusform>رُفض %n تغييرًا: سجلات خارج ما تشاركه معه، أو أُزيلت نهائيًا هنا، أو من زميل مُبطَل.</numerusform>
                <numerusform>رُفض %n تغيير: سجلات خارج ما تشاركه معه، أو أُزيلت نهائيًا هنا، أو من زميل مُبطَل.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) kept aside: its maker sent two different changes under one number (shown as suspect under Colleagues).</source>
            <translation>
                <numerusform>لم يوضع أي تغيير جانبًا.</numerusform>
                <numerusform>وُضع تغيير واحد جانبًا: أرسل صاحبه تغييرين مختلفين بالرقم نفسه (يظهر مشبوهًا في «الزملاء»).</numerusform>
                <numerusform>وُضع تغييران جانبًا: أرسل صاحبهما تغييرين مختلفين بالرقم نفسه (يظهر مشبوهًا في «الزملاء»).</numerusform>
                <numerusform>وُضعت %n تغييرات جانبًا: أرسل صاحبها تغييرين مختلفين بالرقم نفسه (يظهر مشبوهًا في «الزملاء»).</numerusform>
                <numerusform>وُضع %n تغييرًا جانبًا: أرسل صاحبها تغييرين مختلفين بالرقم نفسه (يظهر مشبوهًا في «الزملاء»).</numerusform>
                <numerusform>وُضع %n تغيير جانبًا: أرسل صاحبها تغييرين مختلفين بالرقم نفسه (يظهر مشبوهًا في «الزملاء»).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>They are back, except %n change(s) kept aside here: changes made here since the restore used their numbers again, so the records they touch may show differently here and at colleagues (check them with colleagues).</source>
            <translation>
                <numerusform>لقد عادت.</numerusform>
                <numerusform>لقد عادت، عدا تغيير واحد وُضع جانبًا هنا: أعادت تغييراتٌ أُجريت هنا منذ الاستعادة استخدام أرقامها، لذا قد تظهر السجلات المعنية بشكل مختلف هنا ولدى الزملاء (تحقّق منها معهم).</numerusform>
                <numerusform>لقد عادت، عدا تغييرين وُضعا جانبًا هنا: أعادت تغييراتٌ أُجريت هنا منذ الاستعادة استخدام أرقامها، لذا قد تظهر السجلات المعنية بشكل مختلف هنا ولدى الزملاء (تحقّق منها معهم).</numerusform>
                <numerusform>لقد عادت، عدا %n تغييرات وُضعت جانبًا هنا: أعادت تغييراتٌ أُجريت هنا منذ الاستعادة استخدام أرقامها، لذا قد تظهر السجلات المعنية بشكل مختلف هنا ولدى الزملاء (تحقّق منها معهم).</numerusform>
                <numerusform>لقد عادت، عدا %n تغييرًا وُضعت جانبًا هنا: أعادت تغييراتٌ أُجريت هنا منذ الاستعادة استخدام أرقامها، لذا قد تظهر السجلات المعنية بشكل مختلف هنا ولدى الزملاء (تحقّق منها معهم).</numerusform>
                <numerusform>لقد عادت، عدا %n تغيير وُضعت جانبًا هنا: أعادت تغييراتٌ أُجريت هنا منذ الاستعادة استخدام أرقامها، لذا قد تظهر السجلات المعنية بشكل مختلف هنا ولدى الزملاء (تحقّق منها معهم).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n evidence file(s) received: see Attachments… on their records.</source>
            <translation>
                <numerusform>لم يصل أي ملف أدلة.</numerusform>
                <numerusform>وصل ملف أدلة واحد: انظر «المرفقات…» في سجله.</numerusform>
                <numerusform>وصل ملفا أدلة: انظر «المرفقات…» في سجليهما.</numerusform>
                <numerusform>وصلت %n ملفات أدلة: انظر «المرفقات…» في سجلاتها.</numerusform>
                <numerusform>وصل %n ملفًا من ملفات الأدلة: انظر «المرفقات…» في سجلاتها.</numerusform>
                <numerusform>وصل %n ملف أدلة: انظر «المرفقات…» في سجلاتها.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n evidence file(s) not kept: the sender may not attach files to their record here.</source>
            <translation>
                <numerusform>لم يُرفض أي ملف أدلة.</numerusform>
                <numerusform>لم يُحفظ ملف أدلة واحد: لا يحق للمرسل إرفاق ملفات بسجله هنا.</numerusform>
                <numerusform>لم يُحفظ ملفا أدلة: لا يحق للمرسل إرفاق ملفات بسجلهما هنا.</numerusform>
                <numerusform>لم تُحفظ %n ملفات أدلة: لا يحق للمرسل إرفاق ملفات بسجلها هنا.</numerusform>
                <numerusform>لم يُحفظ %n ملفًا من ملفات الأدلة: لا يحق للمرسل إرفاق ملفات بسجلها هنا.</numerusform>
                <numerusform>لم يُحفظ %n ملف أدلة: لا يحق للمرسل إرفاق ملفات بسجلها هنا.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n evidence file(s) not kept: deleted here before.</source>
            <translation>
                <numerusform>لم يُرفض أي ملف أدلة.</numerusform>
                <numerusform>لم يُحفظ ملف أدلة واحد: حُذف هنا من قبل.</numerusform>
                <numerusform>لم يُحفظ ملفا أدلة: حُذفا هنا من قبل.</numerusform>
                <numerusform>لم تُحفظ %n ملفات أدلة: حُذفت هنا من قبل.</numerusform>
                <numerusform>لم يُحفظ %n ملفًا من ملفات الأدلة: حُذفت هنا من قبل.</numerusform>
                <numerusform>لم يُحفظ %n ملف أدلة: حُذفت هنا من قبل.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) left out because a defender they concern has not consented to sharing.</source>
            <translation>
                <numerusform>لم يُستبعد أي سجل.</numerusform>
                <numerusform>استُبعد سجل واحد لأن مدافعًا يعنيه لم يوافق على المشاركة.</numerusform>
                <numerusform>استُبعد سجلان لأن مدافعًا يعنيهما لم يوافق على المشاركة.</numerusform>
                <numerusform>استُبعدت %n سجلات لأن مدافعًا يعنيها لم يوافق على المشاركة.</numerusform>
                <numerusform>استُبعد %n سجلًا لأن مدافعًا يعنيها لم يوافق على المشاركة.</numerusform>
                <numerusform>استُبعد %n سجل لأن مدافعًا يعنيها لم يوافق على المشاركة.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) still being copied: tried again at the next sync.</source>
            <translation>
                <numerusform>لا ملفات قيد النسخ.</numerusform>
                <numerusform>ملف واحد ما زال قيد النسخ: تُعاد المحاولة في المزامنة القادمة.</numerusform>
                <numerusform>ملفان ما زالا قيد النسخ: تُعاد المحاولة في المزامنة القادمة.</numerusform>
                <numerusform>%n ملفات ما زالت قيد النسخ: تُعاد المحاولة في المزامنة القادمة.</numerusform>
                <numerusform>%n ملفًا ما زالت قيد النسخ: تُعاد المحاولة في المزامنة القادمة.</numerusform>
                <numerusform>%n ملف ما زالت قيد النسخ: تُعاد المحاولة في المزامنة القادمة.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) for other vaults left alone.</source>
            <translation>
                <numerusform>لا ملفات لخزنات أخرى.</numerusform>
                <numerusform>تُرك ملف واحد لخزنات أخرى دون مساس.</numerusform>
                <numerusform>تُرك ملفان لخزنات أخرى دون مساس.</numerusform>
                <numerusform>تُركت %n ملفات لخزنات أخرى دون مساس.</numerusform>
                <numerusform>تُرك %n ملفًا لخزنات أخرى دون مساس.</numerusform>
                <numerusform>تُرك %n ملف لخزنات أخرى دون مساس.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) ignored (not plain files).</source>
            <translation>
                <numerusform>لم يُتجاهل أي عنصر.</numerusform>
                <numerusform>تُجوهل عنصر واحد (ليس ملفًا عاديًا).</numerusform>
                <numerusform>تُجوهل عنصران (ليسا ملفين عاديين).</numerusform>
                <numerusform>تُجوهلت %n عناصر (ليست ملفات عادية).</numerusform>
                <numerusform>تُجوهل %n عنصرًا (ليست ملفات عادية).</numerusform>
                <numerusform>تُجوهل %n عنصر (ليست ملفات عادية).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) of this vault's that colleagues no longer need removed from the folder.</source>
            <translation>
                <numerusform>لم يُحذف أي ملف من المجلد.</numerusform>
                <numerusform>حُذف من المجلد ملف واحد لهذه الخزنة لم يعد الزملاء بحاجة إليه.</numerusform>
                <numerusform>حُذف من المجلد ملفان لهذه الخزنة لم يعد الزملاء بحاجة إليهما.</numerusform>
                <numerusform>حُذفت من المجلد %n ملفات لهذه الخزنة لم يعد الزملاء بحاجة إليها.</numerusform>
                <numerusform>حُذف من المجلد %n ملفًا لهذه الخزنة لم يعد الزملاء بحاجة إليها.</numerusform>
                <numerusform>حُذف من المجلد %n ملف لهذه الخزنة لم يعد الزملاء بحاجة إليها.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) made here and lost in a restore kept aside here: changes made here since the restore used their numbers again, so the records they touch may show differently here and at colleagues (check them with colleagues).</source>
            <translation>
                <numerusform>لا تغييرات ضائعة موضوعة جانبًا.</numerusform>
                <numerusform>تغيير واحد أُجري هنا وضاع في استعادة وُضع جانبًا هنا: أعادت تغييراتٌ أُجريت هنا منذ الاستعادة استخدام أرقامه، لذا قد تظهر السجلات المعنية بشكل مختلف هنا ولدى الزملاء (تحقّق منها معهم).</numerusform>
                <numerusform>تغييران أُجريا هنا وضاعا في استعادة وُضعا جانبًا هنا: أعادت تغييراتٌ أُجريت هنا منذ الاستعادة استخدام أرقامهما، لذا قد تظهر السجلات المعنية بشكل مختلف هنا ولدى الزملاء (تحقّق منها معهم).</numerusform>
                <numerusform>%n تغييرات أُجريت هنا وضاعت في استعادة وُضعت جانبًا هنا: أعادت تغييراتٌ أُجريت هنا منذ الاستعادة استخدام أرقامها، لذا قد تظهر السجلات المعنية بشكل مختلف هنا ولدى الزملاء (تحقّق منها معهم).</numerusform>
                <numerusform>%n تغييرًا أُجريت هنا وضاعت في استعادة وُضعت جانبًا هنا: أعادت تغييراتٌ أُجريت هنا منذ الاستعادة استخدام أرقامها، لذا قد تظهر السجلات المعنية بشكل مختلف هنا ولدى الزملاء (تحقّق منها معهم).</numerusform>
                <numerusform>%n تغيير أُجريت هنا وضاعت في استعادة وُضعت جانبًا هنا: أعادت تغييراتٌ أُجريت هنا منذ الاستعادة استخدام أرقامها، لذا قد تظهر السجلات المعنية بشكل مختلف هنا ولدى الزملاء (تحقّق منها معهم).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n consent notice(s): %1 changed a defender's consent; nothing about them leaves this vault beyond it (see the defender's Profile).</source>
            <translation>
                <numerusform>لا إشعارات موافقة.</numerusform>
                <numerusform>إشعار موافقة واحد: غيّر %1 موافقة مدافع؛ لا يخرج عنه شيء من هذه الخزنة خارج حدودها (انظر «الملف الشخصي» للمدافع).</numerusform>
                <numerusform>إشعارا موافقة: غيّر %1 موافقة مدافعين؛ لا يخرج عنهم شيء من هذه الخزنة خارج حدودها (انظر «الملف الشخصي» لكل منهم).</numerusform>
                <numerusform>%n إشعارات موافقة: غيّر %1 موافقة مدافعين؛ لا يخرج عنهم شيء من هذه الخزنة خارج حدودها (انظر «الملف الشخصي» لكل منهم).</numerusform>
                <numerusform>%n إشعارًا بالموافقة: غيّر %1 موافقة مدافعين؛ لا يخرج عنهم شيء من هذه الخزنة خارج حدودها (انظر «الملف الشخصي» لكل منهم).</numerusform>
                <numerusform>%n إشعار موافقة: غيّر %1 موافقة مدافعين؛ لا يخرج عنهم شيء من هذه الخزنة خارج حدودها (انظر «الملف الشخصي» لكل منهم).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportWizard</name>
        <message>
            <source>Everyone you choose receives the same file. Each of them can see who else received it, and can prove to anyone that the file came from this vault.</source>
            <translation>كل من تختارهم يتلقون الملف نفسه. يستطيع كل منهم أن يرى من تلقاه غيره، وأن يثبت لأي أحد أن الملف صدر عن هذه الخزنة.</translation>
        </message>
        <message>
            <source>1. What to send</source>
            <translation>1. ماذا تُرسل</translation>
        </message>
        <message>
            <source>2. Who receives it</source>
            <translation>2. من يتلقاه</translation>
        </message>
        <message>
            <source>3. Write the file</source>
            <translation>3. كتابة الملف</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>تم</translation>
        </message>
        <message>
            <source>Also share these records with them, so each sync sends them every later change.</source>
            <translation>شارك هذه السجلات معهم أيضًا، لكي ترسل إليهم كل مزامنة أي تغيير لاحق.</translation>
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
            <source>Writing</source>
            <translation>جارٍ الكتابة</translation>
        </message>
        <message>
            <source>A defender comes with their related people, cases and incidents. A case comes with its defender and the incidents linked to it. Defenders whose consent is None never leave this vault and cannot be chosen.</source>
            <translation>يُرسل المدافع مع المقرّبين منه وملفاته وحوادثه. ويُرسل الملف مع مدافعه والحوادث المرتبطة به. المدافعون الذين موافقتهم «لا شيء» لا يغادرون هذه الخزنة أبدًا ولا يمكن اختيارهم.</translation>
        </message>
        <message>
            <source>The defenders and cases I choose</source>
            <translation>المدافعون والملفات التي أختارها</translation>
        </message>
        <message>
            <source>Every consenting defender, with all their records</source>
            <translation>كل مدافع موافق، مع كل سجلاته</translation>
        </message>
        <message>
            <source>Every defender who consented to sharing with colleagues</source>
            <translation>كل مدافع وافق على المشاركة مع الزملاء</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>بحث</translation>
        </message>
        <message>
            <source>Find a defender or case</source>
            <translation>البحث عن مدافع أو ملف</translation>
        </message>
        <message>
            <source>Part of a name or case title</source>
            <translation>جزء من اسم أو من عنوان ملف</translation>
        </message>
        <message>
            <source>Defenders and cases to send</source>
            <translation>المدافعون والملفات المراد إرسالها</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>السجل</translation>
        </message>
        <message>
            <source>Consent to share</source>
            <translation>الموافقة على المشاركة</translation>
        </message>
        <message>
            <source>Colleagues to send to</source>
            <translation>الزملاء المرسَل إليهم</translation>
        </message>
        <message>
            <source>You have no colleagues to send to yet. Add one under Colleagues first.</source>
            <translation>ليس لديك زملاء ترسل إليهم بعد. أضف زميلًا أولًا في «الزملاء».</translation>
        </message>
        <message>
            <source>Keep them updated</source>
            <translation>إبقاؤهم على اطلاع</translation>
        </message>
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
        <message>
            <source>Choose where to save and write…</source>
            <translation>اختيار مكان الحفظ والكتابة…</translation>
        </message>
        <message>
            <source>Choose where to save and write the bundle</source>
            <translation>اختيار مكان حفظ الحزمة وكتابتها</translation>
        </message>
        <message>
            <source>Writing the bundle</source>
            <translation>جارٍ كتابة الحزمة</translation>
        </message>
        <message>
            <source>What was written</source>
            <translation>ما كُتب</translation>
        </message>
        <message>
            <source>Send something else</source>
            <translation>إرسال شيء آخر</translation>
        </message>
        <message>
            <source>Defenders</source>
            <translation>المدافعون</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>الملفات</translation>
        </message>
        <message>
            <source>No consent to share: nothing about this defender leaves this vault</source>
            <translation>لا موافقة على المشاركة: لا يغادر هذه الخزنة شيء عن هذا المدافع</translation>
        </message>
        <message>
            <source>%1  (NOT VERIFIED)</source>
            <translation>%1  (غير موثَّق)</translation>
        </message>
        <message>
            <source>Every defender who consented will be sent, with all their records.</source>
            <translation>سيُرسل كل مدافع وافق، مع كل سجلاته.</translation>
        </message>
        <message>
            <source>Chosen: %1, %2.</source>
            <translation>المختار: %1، %2.</translation>
        </message>
        <message>
            <source>Not verified: %1. You have not compared fingerprints, so the file could reach someone posing as them. You will be asked to confirm by typing %2.</source>
            <translation>غير موثَّق: %1. لم تقارن البصمات، لذا قد يصل الملف إلى من ينتحل شخصيته. سيُطلب منك التأكيد بكتابة %2.</translation>
        </message>
        <message>
            <source>every defender who consented, with all their records</source>
            <translation>كل مدافع وافق، مع كل سجلاته</translation>
        </message>
        <message>
            <source>%1, with what belongs to them</source>
            <translation>%1، مع ما ينتمي إليهم</translation>
        </message>
        <message>
            <source>You are sending %1, to %2.</source>
            <translation>أنت ترسل %1 إلى %2.</translation>
        </message>
        <message>
            <source>They will also be kept updated: each sync sends them later changes.</source>
            <translation>سيبقون أيضًا على اطلاع: كل مزامنة ترسل إليهم التغييرات اللاحقة.</translation>
        </message>
        <message>
            <source>Next, choose where to save the file (a USB stick, or a folder a file sync tool carries).</source>
            <translation>بعد ذلك، اختر مكان حفظ الملف (ذاكرة USB، أو مجلد تنقله أداة لمزامنة الملفات).</translation>
        </message>
        <message>
            <source>Send to unverified colleagues</source>
            <translation>الإرسال إلى زملاء غير موثَّقين</translation>
        </message>
        <message>
            <source>%1: not verified. You have not compared fingerprints with them, so this file could be read by someone posing as them.

Type %2 to write it anyway.</source>
            <translation>غير موثَّق: %1. لم تقارن البصمات معه، لذا قد يقرأ هذا الملف من ينتحل شخصيته.

اكتب %2 لكتابته رغم ذلك.</translation>
        </message>
        <message>
            <source>Save the bundle</source>
            <translation>حفظ الحزمة</translation>
        </message>
        <message>
            <source>The bundle was not written</source>
            <translation>لم تُكتب الحزمة</translation>
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
        <name>Gate</name>
        <message>
            <source>Vault folder: %1</source>
            <translation>مجلد الخزنة: %1</translation>
        </message>
        <message>
            <source>The vault could not be opened (%1). Nothing was changed.</source>
            <translation>تعذّر فتح الخزنة (%1). لم يتغير شيء.</translation>
        </message>
        <message>
            <source>The vault could not be created (%1).</source>
            <translation>تعذّر إنشاء الخزنة (%1).</translation>
        </message>
    </context>
    <context>
        <name>Identity</name>
        <message>
            <source>Identity cards (*.card);;All files (*)</source>
            <translation>بطاقات الهوية (*.card);;كل الملفات (*)</translation>
        </message>
        <message>
            <source>Colleagues add this vault from its identity card. Before they trust the card, compare this fingerprint with them: read it aloud on a call or in person, group by group, or let them scan the QR code.</source>
            <translation>يضيف الزملاء هذه الخزنة من بطاقة هويتها. قبل أن يثقوا بالبطاقة، قارن هذه البصمة معهم: اقرأها بصوت عالٍ في مكالمة أو وجهًا لوجه، مجموعةً مجموعة، أو دعهم يمسحون رمز QR.</translation>
        </message>
        <message>
            <source>This vault's fingerprint</source>
            <translation>بصمة هذه الخزنة</translation>
        </message>
        <message>
            <source>Name on your card</source>
            <translation>الاسم على بطاقتك</translation>
        </message>
        <message>
            <source>Colleagues see this name when they add your card; each of them still chooses their own name for you. An office name is safer than a person's name.</source>
            <translation>يرى الزملاء هذا الاسم عند إضافة بطاقتك؛ ومع ذلك يختار كل منهم اسمه الخاص لك. اسم المكتب أكثر أمانًا من اسم شخص.</translation>
        </message>
        <message>
            <source>e.g. Nairobi office</source>
            <translation>مثلًا: مكتب نيروبي</translation>
        </message>
        <message>
            <source>Save name</source>
            <translation>حفظ الاسم</translation>
        </message>
        <message>
            <source>Use this name on cards you save from now on</source>
            <translation>استخدام هذا الاسم على البطاقات التي تحفظها من الآن فصاعدًا</translation>
        </message>
        <message>
            <source>Your identity card</source>
            <translation>بطاقة هويتك</translation>
        </message>
        <message>
            <source>Give this file to colleagues you will exchange records with (it holds only the name above and public keys, nothing secret).</source>
            <translation>أعطِ هذا الملف للزملاء الذين ستتبادل السجلات معهم (لا يحوي إلا الاسم أعلاه ومفاتيح عامة، لا شيء سري).</translation>
        </message>
        <message>
            <source>Save identity card…</source>
            <translation>حفظ بطاقة الهوية…</translation>
        </message>
        <message>
            <source>Save your public identity card to a file</source>
            <translation>حفظ بطاقة هويتك العامة في ملف</translation>
        </message>
        <message>
            <source>Name saved. Cards you save from now on carry it.</source>
            <translation>حُفظ الاسم. البطاقات التي تحفظها من الآن فصاعدًا تحمله.</translation>
        </message>
        <message>
            <source>Name not saved</source>
            <translation>لم يُحفظ الاسم</translation>
        </message>
        <message>
            <source>Save your identity card</source>
            <translation>حفظ بطاقة هويتك</translation>
        </message>
        <message>
            <source>Card not saved</source>
            <translation>لم تُحفظ البطاقة</translation>
        </message>
        <message>
            <source>Saved as %1. Give it to your colleague, then compare fingerprints with them.</source>
            <translation>حُفظت باسم %1. أعطها لزميلك، ثم قارنا البصمات.</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <source>Import a bundle a colleague sent you: choose the file, or drop it anywhere on this page. You see who sent it and what it holds before anything is imported.</source>
            <translation>استورد حزمة أرسلها إليك زميل: اختر الملف، أو أفلته في أي مكان من هذه الصفحة. ترى من أرسلها وماذا تحوي قبل استيراد أي شيء.</translation>
        </message>
        <message>
            <source>A bundle that came in several parts (NAME.part1of3 and so on): put every part in one folder and choose any one of them.</source>
            <translation>حزمة وصلت في عدة أجزاء (NAME.part1of3 وهكذا): ضع كل الأجزاء في مجلد واحد واختر أيًّا منها.</translation>
        </message>
        <message>
            <source>Choose a bundle file…</source>
            <translation>اختيار ملف حزمة…</translation>
        </message>
        <message>
            <source>Before importing</source>
            <translation>قبل الاستيراد</translation>
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
            <source>Import</source>
            <translation>استيراد</translation>
        </message>
        <message>
            <source>Import this bundle</source>
            <translation>استيراد هذه الحزمة</translation>
        </message>
        <message>
            <source>Importing</source>
            <translation>جارٍ الاستيراد</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>تم الاستيراد</translation>
        </message>
        <message>
            <source>What the import did</source>
            <translation>ما فعله الاستيراد</translation>
        </message>
        <message>
            <source>Open a bundle</source>
            <translation>فتح حزمة</translation>
        </message>
        <message>
            <source>Bundle refused</source>
            <translation>رُفضت الحزمة</translation>
        </message>
        <message>
            <source>The file cannot be read</source>
            <translation>تعذّرت قراءة الملف</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>إغلاق</translation>
        </message>
        <message>
            <source>Not imported</source>
            <translation>لم يتم الاستيراد</translation>
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
        <name>KeyActions</name>
        <message>
            <source>This destroys the vault on this computer for good. The keys go first, in under a second: from then on neither the passphrase nor the recovery code opens anything. Then the records, drafts and every other file of the vault are removed. Colleagues keep what you shared with them. There is no undo.</source>
            <translation>يُتلف هذا الخزنة على هذا الحاسوب نهائيًا. المفاتيح أولًا، في أقل من ثانية: بعدها لا تفتح عبارة المرور ولا رمز الاسترداد أي شيء. ثم تُحذف السجلات والمسودات وكل ملفات الخزنة الأخرى. يحتفظ الزملاء بما شاركته معهم. لا يمكن التراجع.</translation>
        </message>
        <message>
            <source>That passphrase did not open the vault. Nothing was changed.</source>
            <translation>لم تفتح عبارة المرور هذه الخزنة. لم يتغير شيء.</translation>
        </message>
        <message>
            <source>%1 failed: %2.</source>
            <translation>فشل %1: %2.</translation>
        </message>
        <message>
            <source>%1 failed (%2).</source>
            <translation>فشل %1 (%2).</translation>
        </message>
        <message>
            <source>Emergency wipe</source>
            <translation>المسح الطارئ</translation>
        </message>
        <message>
            <source>Destroying the keys, then every file of the vault.</source>
            <translation>جارٍ إتلاف المفاتيح، ثم كل ملف من ملفات الخزنة.</translation>
        </message>
        <message>
            <source>%1 seconds</source>
            <translation>%1 ثانية</translation>
        </message>
        <message>
            <source>%1 milliseconds</source>
            <translation>%1 جزء من الألف من الثانية</translation>
        </message>
        <message>
            <source>Vault wiped</source>
            <translation>مُسحت الخزنة</translation>
        </message>
        <message>
            <source>The keys were destroyed in %1 and every file of the vault is gone from %2. Nothing on this computer opens it any more.</source>
            <translation>أُتلفت المفاتيح خلال %1 واختفت كل ملفات الخزنة من %2. لم يعد أي شيء على هذا الحاسوب يفتحها.</translation>
        </message>
        <message>
            <source>The keys could NOT be destroyed, so the vault may still open with the passphrase (%1). The folder may be read-only or held by another program: destroy the computer's disk if you must be sure.</source>
            <translation>تعذّر إتلاف المفاتيح، لذا قد تُفتح الخزنة بعبارة المرور (%1). ربما المجلد للقراءة فقط أو يستخدمه برنامج آخر: أتلف قرص الحاسوب إن كان لا بد أن تتأكد.</translation>
        </message>
        <message>
            <source>The keys were destroyed: nothing opens the vault any more. Some other files could not be removed (%1).</source>
            <translation>أُتلفت المفاتيح: لم يعد شيء يفتح الخزنة. تعذّر حذف بعض الملفات الأخرى (%1).</translation>
        </message>
        <message>
            <source>Emergency wipe incomplete</source>
            <translation>المسح الطارئ غير مكتمل</translation>
        </message>
        <message>
            <source>Setting the new passphrase and re-encrypting the vault.</source>
            <translation>جارٍ تعيين عبارة المرور الجديدة وإعادة تشفير الخزنة.</translation>
        </message>
        <message>
            <source>The new passphrase is set. The recovery code still works.</source>
            <translation>عُيّنت عبارة المرور الجديدة. ما زال رمز الاسترداد يعمل.</translation>
        </message>
        <message>
            <source>Passphrase not changed</source>
            <translation>لم تتغير عبارة المرور</translation>
        </message>
        <message>
            <source>Setting the new passphrase</source>
            <translation>تعيين عبارة المرور الجديدة</translation>
        </message>
        <message>
            <source> The old passphrase and the recovery code still open the vault; try again from Vault &gt; Change passphrase.</source>
            <translation> ما زالت عبارة المرور القديمة ورمز الاسترداد يفتحان الخزنة؛ أعد المحاولة من «الخزنة &gt; تغيير عبارة المرور».</translation>
        </message>
        <message>
            <source>Failed unlock attempts</source>
            <translation>محاولات فتح فاشلة</translation>
        </message>
        <message>
            <source>Security</source>
            <translation>الأمان</translation>
        </message>
        <message>
            <source>Remove the duress passphrase</source>
            <translation>إزالة عبارة الإكراه</translation>
        </message>
        <message>
            <source>The duress passphrase stops working: typed at an unlock it will be a wrong passphrase like any other. Enter your passphrase to remove it.</source>
            <translation>تتوقف عبارة الإكراه عن العمل: إذا كُتبت عند الفتح فستكون عبارة مرور خاطئة كغيرها. أدخل عبارة مرورك لإزالتها.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>إزالة</translation>
        </message>
        <message>
            <source>The duress passphrase is removed.</source>
            <translation>أُزيلت عبارة الإكراه.</translation>
        </message>
        <message>
            <source>There was no duress passphrase.</source>
            <translation>لم تكن هناك عبارة إكراه.</translation>
        </message>
        <message>
            <source>Wipe after failed unlocks</source>
            <translation>المسح بعد محاولات فتح فاشلة</translation>
        </message>
        <message>
            <source>The vault will no longer destroy itself after wrong passphrases. Enter your passphrase to apply this.</source>
            <translation>لن تُتلف الخزنة نفسها بعد الآن عند عبارات مرور خاطئة. أدخل عبارة مرورك لتطبيق ذلك.</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>تطبيق</translation>
        </message>
        <message>
            <source>The vault no longer destroys itself after wrong passphrases.</source>
            <translation>لم تعد الخزنة تُتلف نفسها بعد عبارات مرور خاطئة.</translation>
        </message>
        <message>
            <source>Duress passphrase set</source>
            <translation>عُيّنت عبارة الإكراه</translation>
        </message>
        <message>
            <source>Typed wherever the passphrase is asked, the duress passphrase now destroys this vault and says the passphrase was wrong.</source>
            <translation>إذا كُتبت حيثما تُطلب عبارة المرور، فإن عبارة الإكراه تُتلف هذه الخزنة الآن وتقول إن عبارة المرور كانت خاطئة.</translation>
        </message>
        <message>
            <source>Duress passphrase not set</source>
            <translation>لم تُعيَّن عبارة الإكراه</translation>
        </message>
        <message>
            <source>Setting the duress passphrase</source>
            <translation>تعيين عبارة الإكراه</translation>
        </message>
        <message>
            <source>Replace the recovery code</source>
            <translation>استبدال رمز الاسترداد</translation>
        </message>
        <message>
            <source>Replace</source>
            <translation>استبدال</translation>
        </message>
        <message>
            <source>Make a recovery code</source>
            <translation>إنشاء رمز استرداد</translation>
        </message>
        <message>
            <source>Make code</source>
            <translation>إنشاء الرمز</translation>
        </message>
        <message>
            <source>A new code is made and shown once; the old code stops opening anything. The vault locks for a few seconds while it is re-encrypted, then opens again. Enter your passphrase (not the recovery code).</source>
            <translation>يُنشأ رمز جديد ويُعرض مرة واحدة؛ ويتوقف الرمز القديم عن فتح أي شيء. تُقفل الخزنة بضع ثوانٍ ريثما يُعاد تشفيرها، ثم تُفتح من جديد. أدخل عبارة مرورك (لا رمز الاسترداد).</translation>
        </message>
        <message>
            <source>A new code is made and shown once. The vault locks for a few seconds while it is re-encrypted, then opens again. Enter your passphrase (not the recovery code).</source>
            <translation>يُنشأ رمز جديد ويُعرض مرة واحدة. تُقفل الخزنة بضع ثوانٍ ريثما يُعاد تشفيرها، ثم تُفتح من جديد. أدخل عبارة مرورك (لا رمز الاسترداد).</translation>
        </message>
        <message>
            <source>Remove the recovery code</source>
            <translation>إزالة رمز الاسترداد</translation>
        </message>
        <message>
            <source>The recovery code stops opening anything, so a forgotten passphrase can no longer be recovered. The vault locks for a few seconds while it is re-encrypted, then opens again. Enter your passphrase.</source>
            <translation>يتوقف رمز الاسترداد عن فتح أي شيء، فلا يمكن بعدها استرداد عبارة مرور منسية. تُقفل الخزنة بضع ثوانٍ ريثما يُعاد تشفيرها، ثم تُفتح من جديد. أدخل عبارة مرورك.</translation>
        </message>
        <message>
            <source>A new recovery code was made. The vault opens again.</source>
            <translation>أُنشئ رمز استرداد جديد. تُفتح الخزنة من جديد.</translation>
        </message>
        <message>
            <source>The recovery code was removed. The vault opens again.</source>
            <translation>أُزيل رمز الاسترداد. تُفتح الخزنة من جديد.</translation>
        </message>
        <message>
            <source>Rotate identity keys</source>
            <translation>تجديد مفاتيح الهوية</translation>
        </message>
        <message>
            <source>New identity keys are made and announced to your colleagues in your next bundles. The vault locks for a moment, then opens again. Enter your passphrase.</source>
            <translation>تُنشأ مفاتيح هوية جديدة ويُعلن عنها لزملائك في حزمك القادمة. تُقفل الخزنة لحظة، ثم تُفتح من جديد. أدخل عبارة مرورك.</translation>
        </message>
        <message>
            <source>Rotate</source>
            <translation>تجديد</translation>
        </message>
        <message>
            <source>New identity keys were made. The vault opens again.</source>
            <translation>أُنشئت مفاتيح هوية جديدة. تُفتح الخزنة من جديد.</translation>
        </message>
        <message>
            <source>Making new identity keys.</source>
            <translation>جارٍ إنشاء مفاتيح هوية جديدة.</translation>
        </message>
        <message>
            <source>Restored from a backup</source>
            <translation>استُعيدت من نسخة احتياطية</translation>
        </message>
        <message>
            <source>From now on your changes get new numbers, so colleagues accept them even where the copy reuses numbers it had already sent. The vault locks for a moment, then opens again. Enter your passphrase.</source>
            <translation>من الآن فصاعدًا تحصل تغييراتك على أرقام جديدة، فيقبلها الزملاء حتى حيث تعيد النسخة استخدام أرقام سبق إرسالها. تُقفل الخزنة لحظة، ثم تُفتح من جديد. أدخل عبارة مرورك.</translation>
        </message>
        <message>
            <source>Confirm</source>
            <translation>تأكيد</translation>
        </message>
        <message>
            <source>This vault now writes under a new epoch: your next changes reach colleagues. What they received from this vault after the copy was made comes back with their next bundles once they import one of yours. Changes made after putting the copy back and before this step may be kept aside at colleagues (they show this vault as suspect): check them and make them again.</source>
            <translation>صارت هذه الخزنة تكتب الآن ضمن حقبة جديدة: تصل تغييراتك القادمة إلى الزملاء. ما تلقوه من هذه الخزنة بعد أخذ النسخة يعود مع حزمهم القادمة، متى استوردوا إحدى حزمك. التغييرات التي أُجريت بين إعادة النسخة وهذه الخطوة قد توضع جانبًا لدى الزملاء (يظهرون هذه الخزنة مشبوهة): راجعها وأعد إجراءها.</translation>
        </message>
        <message>
            <source>This vault now writes under a new epoch. The vault opens again.</source>
            <translation>صارت هذه الخزنة تكتب الآن ضمن حقبة جديدة. تُفتح الخزنة من جديد.</translation>
        </message>
        <message>
            <source>Starting a new epoch.</source>
            <translation>جارٍ بدء حقبة جديدة.</translation>
        </message>
        <message>
            <source>New identity keys</source>
            <translation>مفاتيح هوية جديدة</translation>
        </message>
        <message>
            <source>Your new fingerprint is
%1

Colleagues that trust you move to it when they import your next bundle. New colleagues need your new card (My identity &gt; Save identity card). Bundles sent to the old keys open here until %2.</source>
            <translation>بصمتك الجديدة هي
%1

ينتقل إليها الزملاء الذين يثقون بك عند استيراد حزمتك القادمة. يحتاج الزملاء الجدد إلى بطاقتك الجديدة (هويتي &gt; حفظ بطاقة الهوية). تُفتح هنا الحزم المرسلة إلى المفاتيح القديمة حتى %2.</translation>
        </message>
        <message>
            <source>Making the recovery shares</source>
            <translation>جارٍ إنشاء أجزاء الاسترداد</translation>
        </message>
        <message>
            <source>New recovery shares were made. The vault opens again.</source>
            <translation>أُنشئت أجزاء استرداد جديدة. تُفتح الخزنة من جديد.</translation>
        </message>
        <message>
            <source>Re-encrypting the vault for the change. This takes a few seconds.</source>
            <translation>جارٍ إعادة تشفير الخزنة من أجل التغيير. يستغرق ذلك بضع ثوانٍ.</translation>
        </message>
        <message>
            <source>Opening the vault. This takes a second or two.</source>
            <translation>جارٍ فتح الخزنة. يستغرق ذلك ثانية أو اثنتين.</translation>
        </message>
        <message>
            <source> Unlock with your passphrase to go on.</source>
            <translation> افتح الخزنة بعبارة مرورك للمتابعة.</translation>
        </message>
        <message>
            <source>Save the recovery code as PDF</source>
            <translation>حفظ رمز الاسترداد بصيغة PDF</translation>
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
            <translation>تعذّرت كتابة ملف PDF (%1).</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>حُفظ</translation>
        </message>
        <message>
            <source>The PDF holds the recovery code in clear. Print it, then delete the file and empty the trash.</source>
            <translation>يحوي ملف PDF رمز الاسترداد دون تشفير. اطبعه، ثم احذف الملف وأفرغ سلة المهملات.</translation>
        </message>
        <message>
            <source>Audit trail</source>
            <translation>سجل التدقيق</translation>
        </message>
        <message>
            <source>History</source>
            <translation>السجلّ التاريخي</translation>
        </message>
        <message numerus="yes">
            <source>%n failed attempt(s) to unlock this vault since it was last opened. If that was not you, someone may have tried to open it.</source>
            <translation>
                <numerusform>لا محاولات فاشلة.</numerusform>
                <numerusform>محاولة فاشلة واحدة لفتح هذه الخزنة منذ آخر فتح لها. إن لم تكن أنت، فربما حاول أحدٌ فتحها.</numerusform>
                <numerusform>محاولتان فاشلتان لفتح هذه الخزنة منذ آخر فتح لها. إن لم تكن أنت، فربما حاول أحدٌ فتحها.</numerusform>
                <numerusform>%n محاولات فاشلة لفتح هذه الخزنة منذ آخر فتح لها. إن لم تكن أنت، فربما حاول أحدٌ فتحها.</numerusform>
                <numerusform>%n محاولة فاشلة لفتح هذه الخزنة منذ آخر فتح لها. إن لم تكن أنت، فربما حاول أحدٌ فتحها.</numerusform>
                <numerusform>%n محاولة فاشلة لفتح هذه الخزنة منذ آخر فتح لها. إن لم تكن أنت، فربما حاول أحدٌ فتحها.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>After %n wrong passphrase(s) in a row the vault destroys itself. Enter your passphrase to apply this.</source>
            <translation>
                <numerusform>لن تُتلف الخزنة نفسها. أدخل عبارة مرورك لتطبيق ذلك.</numerusform>
                <numerusform>بعد عبارة مرور خاطئة واحدة تُتلف الخزنة نفسها. أدخل عبارة مرورك لتطبيق ذلك.</numerusform>
                <numerusform>بعد عبارتَي مرور خاطئتين متتاليتين تُتلف الخزنة نفسها. أدخل عبارة مرورك لتطبيق ذلك.</numerusform>
                <numerusform>بعد %n عبارات مرور خاطئة متتالية تُتلف الخزنة نفسها. أدخل عبارة مرورك لتطبيق ذلك.</numerusform>
                <numerusform>بعد %n عبارة مرور خاطئة متتالية تُتلف الخزنة نفسها. أدخل عبارة مرورك لتطبيق ذلك.</numerusform>
                <numerusform>بعد %n عبارة مرور خاطئة متتالية تُتلف الخزنة نفسها. أدخل عبارة مرورك لتطبيق ذلك.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The vault now destroys itself after %n wrong passphrase(s) in a row.</source>
            <translation>
                <numerusform>لم تعد الخزنة تُتلف نفسها.</numerusform>
                <numerusform>صارت الخزنة تُتلف نفسها بعد عبارة مرور خاطئة واحدة.</numerusform>
                <numerusform>صارت الخزنة تُتلف نفسها بعد عبارتَي مرور خاطئتين متتاليتين.</numerusform>
                <numerusform>صارت الخزنة تُتلف نفسها بعد %n عبارات مرور خاطئة متتالية.</numerusform>
                <numerusform>صارت الخزنة تُتلف نفسها بعد %n عبارة مرور خاطئة متتالية.</numerusform>
                <numerusform>صارت الخزنة تُتلف نفسها بعد %n عبارة مرور خاطئة متتالية.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>KeyDialogs</name>
        <message>
            <source>A second passphrase for when someone forces you to open the vault. Typed where the passphrase is asked, it destroys the vault on this computer at once and then says the passphrase was wrong. It does not open a harmless-looking decoy: a decoy would have to look lived-in to be believed, and records gone are safer for the people in them than records read. Colleagues keep what you shared with them. Nothing on disk shows whether one is set.</source>
            <translation>عبارة مرور ثانية لحالة إجبارك على فتح الخزنة. إذا كُتبت حيث تُطلب عبارة المرور، أتلفت الخزنة على هذا الحاسوب فورًا ثم قالت إن عبارة المرور خاطئة. لا تفتح خزنة تمويه تبدو بريئة: فالتمويه يجب أن يبدو مستعملًا ليُصدَّق، والسجلات المُتلفة أكثر أمانًا لأصحابها من السجلات المقروءة. يحتفظ الزملاء بما شاركته معهم. لا شيء على القرص يُظهر ما إذا كانت معيّنة.</translation>
        </message>
        <message>
            <source>The vault destroys itself after this many wrong passphrases in a row. It stops someone guessing at this computer through hrd-desk, not someone who copied the vault's files first. A mistyped passphrase counts too, so do not set it low.</source>
            <translation>تُتلف الخزنة نفسها بعد هذا العدد من عبارات المرور الخاطئة المتتالية. يوقف ذلك من يحاول التخمين على هذا الحاسوب عبر hrd-desk، لا من نسخ ملفات الخزنة أولًا. الخطأ في الكتابة يُحسب أيضًا، فلا تجعل العدد صغيرًا.</translation>
        </message>
        <message>
            <source>The keys colleagues know this vault by. New keys are announced in your next bundles, signed by the old and the new keys; colleagues that trust you move to them, still verified. Bundles sent to the old keys open here for 30 days, then the old keys are deleted. If someone may have copied your keys, ask colleagues to revoke them instead.</source>
            <translation>المفاتيح التي يعرف بها الزملاء هذه الخزنة. يُعلَن عن المفاتيح الجديدة في حزمك القادمة، موقّعة بالمفاتيح القديمة والجديدة؛ وينتقل إليها الزملاء الذين يثقون بك، وتبقى موثَّقة. تُفتح هنا الحزم المرسلة إلى المفاتيح القديمة لمدة 30 يومًا، ثم تُحذف المفاتيح القديمة. إن كان أحدٌ قد نسخ مفاتيحك، فاطلب من الزملاء إبطالها بدلًا من ذلك.</translation>
        </message>
        <message>
            <source>After putting back a copy of this vault (a backup), say so before changing anything: what you change from then on gets new numbers, so colleagues accept it. The vault also notices by itself when a colleague sends back changes it lost.</source>
            <translation>بعد إعادة نسخة من هذه الخزنة (نسخة احتياطية)، صرّح بذلك قبل تغيير أي شيء: ما تغيّره بعدها يحصل على أرقام جديدة، فيقبله الزملاء. وتلاحظ الخزنة أيضًا من تلقاء نفسها متى أعاد إليها زميل تغييرات فقدتها.</translation>
        </message>
        <message>
            <source>A long code that opens the vault if the passphrase is forgotten. It is shown once: print it or write it down and keep it away from this computer. Anyone who has it can open the vault. A new code replaces the old one, which then opens nothing.</source>
            <translation>رمز طويل يفتح الخزنة إن نُسيت عبارة المرور. يُعرض مرة واحدة: اطبعه أو دوّنه واحفظه بعيدًا عن هذا الحاسوب. يستطيع كل من يملكه فتح الخزنة. الرمز الجديد يحلّ محل القديم، الذي لا يفتح بعدها شيئًا.</translation>
        </message>
        <message>
            <source>Security</source>
            <translation>الأمان</translation>
        </message>
        <message>
            <source>Recovery code</source>
            <translation>رمز الاسترداد</translation>
        </message>
        <message>
            <source>This vault has a recovery code.</source>
            <translation>لهذه الخزنة رمز استرداد.</translation>
        </message>
        <message>
            <source>This vault has no recovery code.</source>
            <translation>ليس لهذه الخزنة رمز استرداد.</translation>
        </message>
        <message>
            <source>Replace the recovery code…</source>
            <translation>استبدال رمز الاسترداد…</translation>
        </message>
        <message>
            <source>Make a recovery code…</source>
            <translation>إنشاء رمز استرداد…</translation>
        </message>
        <message>
            <source>Replace the recovery code</source>
            <translation>استبدال رمز الاسترداد</translation>
        </message>
        <message>
            <source>Make a recovery code</source>
            <translation>إنشاء رمز استرداد</translation>
        </message>
        <message>
            <source>Make one split into shares…</source>
            <translation>إنشاء رمز مقسّم إلى أجزاء…</translation>
        </message>
        <message>
            <source>Make a recovery code split into shares</source>
            <translation>إنشاء رمز استرداد مقسّم إلى أجزاء</translation>
        </message>
        <message>
            <source>Give the code to several people: any k of n shares give it back, fewer say nothing about it</source>
            <translation>أعطِ الرمز لعدة أشخاص: أي k من n أجزاء تعيده، وما دون ذلك لا يكشف عنه شيئًا</translation>
        </message>
        <message>
            <source>Remove the recovery code…</source>
            <translation>إزالة رمز الاسترداد…</translation>
        </message>
        <message>
            <source>Remove the recovery code</source>
            <translation>إزالة رمز الاسترداد</translation>
        </message>
        <message>
            <source>Duress passphrase</source>
            <translation>عبارة الإكراه</translation>
        </message>
        <message>
            <source>Set or replace…</source>
            <translation>تعيين أو استبدال…</translation>
        </message>
        <message>
            <source>Set or replace the duress passphrase</source>
            <translation>تعيين عبارة الإكراه أو استبدالها</translation>
        </message>
        <message>
            <source>Remove…</source>
            <translation>إزالة…</translation>
        </message>
        <message>
            <source>Remove the duress passphrase</source>
            <translation>إزالة عبارة الإكراه</translation>
        </message>
        <message>
            <source>Identity keys</source>
            <translation>مفاتيح الهوية</translation>
        </message>
        <message>
            <source>Rotate identity keys…</source>
            <translation>تجديد مفاتيح الهوية…</translation>
        </message>
        <message>
            <source>Rotate the identity keys</source>
            <translation>تجديد مفاتيح الهوية</translation>
        </message>
        <message>
            <source>Restored from a backup</source>
            <translation>استُعيدت من نسخة احتياطية</translation>
        </message>
        <message>
            <source>This vault was restored…</source>
            <translation>استُعيدت هذه الخزنة…</translation>
        </message>
        <message>
            <source>Say this vault was restored from a backup</source>
            <translation>التصريح بأن هذه الخزنة استُعيدت من نسخة احتياطية</translation>
        </message>
        <message>
            <source>Wipe after failed unlocks</source>
            <translation>المسح بعد محاولات فتح فاشلة</translation>
        </message>
        <message>
            <source>Wrong passphrases in a row:</source>
            <translation>عبارات مرور خاطئة متتالية:</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>أبدًا</translation>
        </message>
        <message>
            <source>Wipe after this many failed unlocks</source>
            <translation>المسح بعد هذا العدد من محاولات الفتح الفاشلة</translation>
        </message>
        <message>
            <source>Apply…</source>
            <translation>تطبيق…</translation>
        </message>
        <message>
            <source>Apply the wipe-after setting</source>
            <translation>تطبيق إعداد المسح</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>إغلاق</translation>
        </message>
        <message>
            <source>Set the duress passphrase</source>
            <translation>تعيين عبارة الإكراه</translation>
        </message>
        <message>
            <source>Set duress passphrase</source>
            <translation>تعيين عبارة الإكراه</translation>
        </message>
        <message>
            <source>Your passphrase</source>
            <translation>عبارة مرورك</translation>
        </message>
        <message>
            <source>Repeat duress passphrase</source>
            <translation>أعد كتابة عبارة الإكراه</translation>
        </message>
        <message>
            <source>Choose words you can say under pressure, unlike your passphrase.</source>
            <translation>اختر كلمات تستطيع قولها تحت الضغط، مختلفة عن عبارة مرورك.</translation>
        </message>
        <message>
            <source>The duress passphrases do not match yet.</source>
            <translation>عبارتا الإكراه غير متطابقتين بعد.</translation>
        </message>
        <message>
            <source>The duress passphrase must differ from your passphrase.</source>
            <translation>يجب أن تختلف عبارة الإكراه عن عبارة مرورك.</translation>
        </message>
        <message>
            <source>Set a new passphrase</source>
            <translation>تعيين عبارة مرور جديدة</translation>
        </message>
        <message>
            <source>You opened the vault with the recovery code. Set a new passphrase now, so the code can go back to its safe place. The vault is re-encrypted under a new key; the recovery code keeps working.</source>
            <translation>فتحت الخزنة برمز الاسترداد. عيّن الآن عبارة مرور جديدة، لكي يعود الرمز إلى مكانه الآمن. يُعاد تشفير الخزنة بمفتاح جديد؛ ويظل رمز الاسترداد يعمل.</translation>
        </message>
        <message>
            <source>Set passphrase</source>
            <translation>تعيين عبارة المرور</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>لاحقًا</translation>
        </message>
        <message>
            <source>New passphrase</source>
            <translation>عبارة المرور الجديدة</translation>
        </message>
        <message>
            <source>Repeat new passphrase</source>
            <translation>أعد كتابة عبارة المرور الجديدة</translation>
        </message>
        <message>
            <source>hrd-desk recovery code. It opens the vault if the passphrase is forgotten, wherever the passphrase is asked. Anyone who holds it can open the vault: keep it locked away, apart from the computer.</source>
            <translation>رمز استرداد hrd-desk. يفتح الخزنة إن نُسيت عبارة المرور، حيثما تُطلب عبارة المرور. يستطيع كل من يحمله فتح الخزنة: احفظه في مكان مقفل، بعيدًا عن الحاسوب.</translation>
        </message>
        <message>
            <source>hrd-desk recovery code</source>
            <translation>رمز استرداد hrd-desk</translation>
        </message>
        <message>
            <source>Your recovery code</source>
            <translation>رمز الاسترداد الخاص بك</translation>
        </message>
        <message>
            <source>This is the vault's recovery code. It is shown only this once. Write it down or print it, and keep it away from this computer: anyone who has it can open the vault.</source>
            <translation>هذا رمز استرداد الخزنة. لا يُعرض إلا هذه المرة. دوّنه أو اطبعه، واحفظه بعيدًا عن هذا الحاسوب: يستطيع كل من يملكه فتح الخزنة.</translation>
        </message>
        <message>
            <source>Recovery code as a QR code</source>
            <translation>رمز الاسترداد كرمز QR</translation>
        </message>
        <message>
            <source>Save as PDF writes the code in clear to a file: print it, then delete the file.</source>
            <translation>«الحفظ بصيغة PDF» يكتب الرمز دون تشفير في ملف: اطبعه، ثم احذف الملف.</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>حفظ بصيغة PDF…</translation>
        </message>
        <message>
            <source>I have kept it</source>
            <translation>احتفظت به</translation>
        </message>
        <message>
            <source>Recovery code in shares</source>
            <translation>رمز الاسترداد في أجزاء</translation>
        </message>
        <message>
            <source>A new recovery code is made and given only as shares, one for each person you trust: any k of them together give the code back, fewer say nothing about it. The old code stops opening anything. The vault locks for a few seconds while it is re-encrypted, then opens again.</source>
            <translation>يُنشأ رمز استرداد جديد ولا يُعطى إلا أجزاءً، جزء لكل شخص تثق به: أي k منها معًا تعيد الرمز، وما دون ذلك لا يكشف عنه شيئًا. يتوقف الرمز القديم عن فتح أي شيء. تُقفل الخزنة بضع ثوانٍ ريثما يُعاد تشفيرها، ثم تُفتح من جديد.</translation>
        </message>
        <message>
            <source>Make shares</source>
            <translation>إنشاء الأجزاء</translation>
        </message>
        <message>
            <source>Number of shares</source>
            <translation>عدد الأجزاء</translation>
        </message>
        <message>
            <source>Shares needed to give the code back</source>
            <translation>الأجزاء اللازمة لإعادة الرمز</translation>
        </message>
        <message>
            <source>Shares to make (n)</source>
            <translation>الأجزاء المراد إنشاؤها (n)</translation>
        </message>
        <message>
            <source>Shares needed (k)</source>
            <translation>الأجزاء اللازمة (k)</translation>
        </message>
        <message>
            <source>hrd-desk recovery share %1 of %2. Any %3 shares together give back the recovery code that opens the vault; fewer say nothing about it. Keep this share safe and apart from the other shares and from the computer.</source>
            <translation>جزء استرداد hrd-desk رقم %1 من %2. أي %3 أجزاء معًا تعيد رمز الاسترداد الذي يفتح الخزنة؛ وما دون ذلك لا يكشف عنه شيئًا. احفظ هذا الجزء في مكان آمن، بعيدًا عن الأجزاء الأخرى وعن الحاسوب.</translation>
        </message>
        <message>
            <source>hrd-desk recovery shares</source>
            <translation>أجزاء استرداد hrd-desk</translation>
        </message>
        <message>
            <source>Your recovery shares</source>
            <translation>أجزاء الاسترداد الخاصة بك</translation>
        </message>
        <message>
            <source>Give each share to a different person you trust, on paper. Any %1 of these %2 shares give back the recovery code (on the unlock screen: Use recovery shares); fewer say nothing about it. They are shown only this once.</source>
            <translation>أعطِ كل جزء لشخص مختلف تثق به، على ورق. أي %1 من هذه الأجزاء الـ%2 تعيد رمز الاسترداد (في شاشة الفتح: استخدام أجزاء الاسترداد)؛ وما دون ذلك لا يكشف عنه شيئًا. لا تُعرض إلا هذه المرة.</translation>
        </message>
        <message>
            <source>Share %1 of %2</source>
            <translation>الجزء %1 من %2</translation>
        </message>
        <message>
            <source>Share %1</source>
            <translation>الجزء %1</translation>
        </message>
        <message>
            <source>Save as PDF writes the shares in clear to a file, each on its own page: print it, then delete the file.</source>
            <translation>«الحفظ بصيغة PDF» يكتب الأجزاء دون تشفير في ملف، كل جزء في صفحة: اطبعه، ثم احذف الملف.</translation>
        </message>
        <message>
            <source>I have kept them</source>
            <translation>احتفظت بها</translation>
        </message>
        <message>
            <source>Use recovery shares</source>
            <translation>استخدام أجزاء الاسترداد</translation>
        </message>
        <message>
            <source>Type the shares of the recovery code, one share per line (the words of a share on one line). Enough shares give back the code, which then opens the vault.</source>
            <translation>اكتب أجزاء رمز الاسترداد، جزءًا في كل سطر (كلمات الجزء في سطر واحد). الأجزاء الكافية تعيد الرمز، الذي يفتح الخزنة عندئذ.</translation>
        </message>
        <message>
            <source>Shares</source>
            <translation>الأجزاء</translation>
        </message>
        <message>
            <source>Shares, one per line</source>
            <translation>الأجزاء، جزء في كل سطر</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>رسالة</translation>
        </message>
        <message>
            <source>Open the vault</source>
            <translation>فتح الخزنة</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
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
        <name>ListExport</name>
        <message>
            <source>Full, for a programme office</source>
            <translation>كامل، لمكتب من مكاتب البرنامج</translation>
        </message>
        <message>
            <source>Drops nothing: names, contact details and places included. Leaves out records whose consent does not allow colleagues.</source>
            <translation>لا يحذف شيئًا: يشمل الأسماء وبيانات الاتصال والأماكن. يستبعد السجلات التي لا تسمح موافقتها بالمشاركة مع الزملاء.</translation>
        </message>
        <message>
            <source>Partner, for a partner organisation</source>
            <translation>شريك، لمنظمة شريكة</translation>
        </message>
        <message>
            <source>Drops names (the codename stays), contact details, addresses, accommodation, exact places (the country stays) and anything marked sensitive.</source>
            <translation>يحذف الأسماء (يبقى الاسم الرمزي) وبيانات الاتصال والعناوين والسكن والأماكن الدقيقة (يبقى البلد) وكل ما وُسم بأنه حساس.</translation>
        </message>
        <message>
            <source>Public, for a published report</source>
            <translation>عام، لتقرير منشور</translation>
        </message>
        <message>
            <source>Drops what the partner profile drops and gives dates as months; only records whose defenders' consent is public.</source>
            <translation>يحذف ما يحذفه مستوى الشريك ويقلّص التواريخ إلى الشهر؛ ولا يشمل إلا السجلات التي وافق مدافعوها على النشر العام.</translation>
        </message>
        <message>
            <source>The file will hold %1, under the profile “%2”. %3</source>
            <translation>سيحتوي الملف على %1، وفق مستوى المشاركة «%2». %3</translation>
        </message>
        <message>
            <source>Only the records the page shows are in it: its filters apply.</source>
            <translation>لا يضم إلا السجلات التي تعرضها الصفحة: تنطبق عوامل التصفية فيها.</translation>
        </message>
        <message>
            <source>Every record of the list is in it: no filter narrows the page.</source>
            <translation>يضم كل سجلات القائمة: لا يضيّق أي عامل تصفية ما تعرضه الصفحة.</translation>
        </message>
        <message>
            <source>It is not encrypted, and hrd-desk keeps no copy: save it only where it is safe.</source>
            <translation>الملف غير مشفّر ولا يحتفظ hrd-desk بنسخة منه: احفظه فقط في مكان آمن.</translation>
        </message>
        <message>
            <source>No record of the list can leave under the profile “%1”: there is nothing to save.</source>
            <translation>لا يمكن لأي سجل في القائمة أن يخرج وفق الملف «%1»: لا يوجد ما يُحفظ.</translation>
        </message>
        <message>
            <source>Export list as CSV</source>
            <translation>تصدير القائمة بصيغة CSV</translation>
        </message>
        <message>
            <source>Who is the file for? Each record leaves only if the consent of every defender it concerns allows it.</source>
            <translation>لمن هذا الملف؟ لا يخرج السجل إلا إذا سمحت بذلك موافقة كل مدافع يخصه.</translation>
        </message>
        <message>
            <source>Continue…</source>
            <translation>متابعة…</translation>
        </message>
        <message>
            <source>The list was not exported</source>
            <translation>لم تُصدَّر القائمة</translation>
        </message>
        <message>
            <source>Making the list under the chosen profile…</source>
            <translation>جارٍ إعداد القائمة وفق الملف المختار…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>Progress of the list</source>
            <translation>تقدّم القائمة</translation>
        </message>
        <message>
            <source>Records decided:</source>
            <translation>السجلات التي فُحصت:</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) left out: the consent of a defender they concern does not allow this profile.</source>
            <translation>
                <numerusform>لم يُستبعد أي سجل.</numerusform>
                <numerusform>استُبعد سجل واحد: موافقة مدافع معنيّ لا تسمح بهذا المستوى.</numerusform>
                <numerusform>استُبعد سجلان: موافقة مدافع معنيّ لا تسمح بهذا المستوى.</numerusform>
                <numerusform>استُبعدت %n سجلات: موافقة مدافع معنيّ لا تسمح بهذا المستوى.</numerusform>
                <numerusform>استُبعد %n سجلًا: موافقة مدافع معنيّ لا تسمح بهذا المستوى.</numerusform>
                <numerusform>استُبعد %n سجل: موافقة مدافع معنيّ لا تسمح بهذا المستوى.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LockReason</name>
        <message>
            <source>You locked the vault.</source>
            <translation>قفلتَ الخزنة.</translation>
        </message>
        <message>
            <source>Locked with the panic key.</source>
            <translation>قُفلت بمفتاح الطوارئ.</translation>
        </message>
        <message>
            <source>Locked because the computer went to sleep.</source>
            <translation>قُفلت لأن الحاسوب دخل في وضع السكون.</translation>
        </message>
        <message>
            <source>Locked because the screen was locked.</source>
            <translation>قُفلت لأن الشاشة قُفلت.</translation>
        </message>
        <message>
            <source>Locked before closing.</source>
            <translation>قُفلت قبل الإغلاق.</translation>
        </message>
        <message>
            <source>Locked to change the passphrase.</source>
            <translation>قُفلت لتغيير عبارة المرور.</translation>
        </message>
        <message>
            <source>Locked to change the recovery code.</source>
            <translation>قُفلت لتغيير رمز الاسترداد.</translation>
        </message>
        <message>
            <source>Locked for the emergency wipe.</source>
            <translation>قُفلت من أجل المسح الطارئ.</translation>
        </message>
        <message>
            <source>The vault was locked.</source>
            <translation>قُفلت الخزنة.</translation>
        </message>
        <message numerus="yes">
            <source>Locked after %n minute(s) without activity.</source>
            <translation>
                <numerusform>قُفلت فورًا دون خمول.</numerusform>
                <numerusform>قُفلت بعد دقيقة واحدة دون نشاط.</numerusform>
                <numerusform>قُفلت بعد دقيقتين دون نشاط.</numerusform>
                <numerusform>قُفلت بعد %n دقائق دون نشاط.</numerusform>
                <numerusform>قُفلت بعد %n دقيقة دون نشاط.</numerusform>
                <numerusform>قُفلت بعد %n دقيقة دون نشاط.</numerusform>
            </translation>
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
        <message>
            <source>Log incident</source>
            <translation>تسجيل حادثة</translation>
        </message>
        <message>
            <source>Logging incidents is not available in this version yet.</source>
            <translation>تسجيل الحوادث غير متاح في هذا الإصدار بعد.</translation>
        </message>
        <message>
            <source>Unsaved input was lost</source>
            <translation>ضاعت مدخلات غير محفوظة</translation>
        </message>
        <message>
            <source>Your unsaved input from before the lock has been reopened.</source>
            <translation>أُعيد فتح مدخلاتك غير المحفوظة من قبل القفل.</translation>
        </message>
        <message>
            <source>Changing the passphrase and re-encrypting the vault. This takes a few seconds.</source>
            <translation>جارٍ تغيير عبارة المرور وإعادة تشفير الخزنة. يستغرق ذلك بضع ثوانٍ.</translation>
        </message>
        <message>
            <source>The passphrase was changed. The vault opens with the new one.</source>
            <translation>تغيّرت عبارة المرور. تُفتح الخزنة بالعبارة الجديدة.</translation>
        </message>
        <message>
            <source>The current passphrase was not right. Nothing was changed.</source>
            <translation>عبارة المرور الحالية غير صحيحة. لم يتغير شيء.</translation>
        </message>
        <message>
            <source>The passphrase was not changed: %1. Nothing was changed.</source>
            <translation>لم تتغير عبارة المرور: %1. لم يتغير شيء.</translation>
        </message>
        <message>
            <source>The passphrase could not be changed (%1). Nothing was changed.</source>
            <translation>تعذّر تغيير عبارة المرور (%1). لم يتغير شيء.</translation>
        </message>
        <message>
            <source>%1 Unlock with your passphrase to go on.</source>
            <translation>%1 افتح الخزنة بعبارة مرورك للمتابعة.</translation>
        </message>
        <message>
            <source>Check vault integrity</source>
            <translation>فحص سلامة الخزنة</translation>
        </message>
        <message>
            <source>Every page of the vault is read and checked, with its keyslot and audit trail. Nothing is changed. Enter the passphrase to start.</source>
            <translation>تُقرأ كل صفحة من الخزنة وتُفحص، مع خانة مفتاحها وسجل تدقيقها. لا يتغير شيء. أدخل عبارة المرور للبدء.</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>فحص</translation>
        </message>
        <message>
            <source>Checking the vault. This can take a while for a big vault.</source>
            <translation>جارٍ فحص الخزنة. قد يستغرق ذلك بعض الوقت لخزنة كبيرة.</translation>
        </message>
        <message>
            <source>That passphrase did not open the vault, so nothing was checked.</source>
            <translation>لم تفتح عبارة المرور هذه الخزنة، لذا لم يُفحص شيء.</translation>
        </message>
        <message>
            <source>The check could not run (%1).</source>
            <translation>تعذّر إجراء الفحص (%1).</translation>
        </message>
        <message>
            <source>Integrity not checked</source>
            <translation>لم تُفحص السلامة</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>اللغة</translation>
        </message>
        <message>
            <source>The menus and the sections are in the new language now. The pages follow the next time the vault is unlocked: lock it (Ctrl+L) and unlock it to see them all in the new language.</source>
            <translation>القوائم والأقسام باللغة الجديدة الآن. أما الصفحات فتتبعها عند فتح الخزنة في المرة القادمة: اقفلها (Ctrl+L) ثم افتحها لترى كل شيء باللغة الجديدة.</translation>
        </message>
        <message numerus="yes">
            <source>Copied. The clipboard will be cleared in %n second(s).</source>
            <translation>
                <numerusform>نُسخ. ستُفرَّغ الحافظة فورًا.</numerusform>
                <numerusform>نُسخ. ستُفرَّغ الحافظة بعد ثانية واحدة.</numerusform>
                <numerusform>نُسخ. ستُفرَّغ الحافظة بعد ثانيتين.</numerusform>
                <numerusform>نُسخ. ستُفرَّغ الحافظة بعد %n ثوانٍ.</numerusform>
                <numerusform>نُسخ. ستُفرَّغ الحافظة بعد %n ثانية.</numerusform>
                <numerusform>نُسخ. ستُفرَّغ الحافظة بعد %n ثانية.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unsaved form(s) could not be kept when the vault locked.</source>
            <translation>
                <numerusform>لا نماذج ضائعة.</numerusform>
                <numerusform>تعذّر الاحتفاظ بنموذج واحد غير محفوظ عند قفل الخزنة.</numerusform>
                <numerusform>تعذّر الاحتفاظ بنموذجين غير محفوظين عند قفل الخزنة.</numerusform>
                <numerusform>تعذّر الاحتفاظ بـ%n نماذج غير محفوظة عند قفل الخزنة.</numerusform>
                <numerusform>تعذّر الاحتفاظ بـ%n نموذجًا غير محفوظ عند قفل الخزنة.</numerusform>
                <numerusform>تعذّر الاحتفاظ بـ%n نموذج غير محفوظ عند قفل الخزنة.</numerusform>
            </translation>
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
        <message>
            <source>Export list as CSV…</source>
            <translation>تصدير القائمة بصيغة CSV…</translation>
        </message>
        <message>
            <source>The list as the page shows it, filters included, as a CSV file for a programme office, a partner or the public: you choose the profile, then where to save it</source>
            <translation>القائمة كما تعرضها الصفحة، بعوامل التصفية فيها، في ملف CSV لمكتب من مكاتب البرنامج أو لشريك أو للعموم: تختار مستوى المشاركة ثم مكان الحفظ</translation>
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
        <name>Passphrase</name>
        <message>
            <source>Too short</source>
            <translation>قصيرة جدًا</translation>
        </message>
        <message>
            <source>Use at least %1 characters; four or more random words are easier to remember.</source>
            <translation>استخدم %1 حرفًا على الأقل؛ أربع كلمات عشوائية أو أكثر أسهل في التذكر.</translation>
        </message>
        <message>
            <source>Too weak</source>
            <translation>ضعيفة جدًا</translation>
        </message>
        <message>
            <source>Add more words or characters; avoid repeats and common words.</source>
            <translation>أضف كلمات أو أحرفًا؛ وتجنّب التكرار والكلمات الشائعة.</translation>
        </message>
        <message>
            <source>Fair</source>
            <translation>مقبولة</translation>
        </message>
        <message>
            <source>Acceptable. Another random word would make it good.</source>
            <translation>مقبولة. كلمة عشوائية أخرى تجعلها جيدة.</translation>
        </message>
        <message>
            <source>Good</source>
            <translation>جيدة</translation>
        </message>
        <message>
            <source>A good passphrase.</source>
            <translation>عبارة مرور جيدة.</translation>
        </message>
        <message>
            <source>Strong</source>
            <translation>قوية</translation>
        </message>
        <message>
            <source>A strong passphrase.</source>
            <translation>عبارة مرور قوية.</translation>
        </message>
        <message>
            <source>Strength: %1. %2</source>
            <translation>القوة: %1. %2</translation>
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
        <name>Prompts</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;البحث في:</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>&amp;نوع الملفات:</translation>
        </message>
        <message>
            <source>Type %1 to confirm:</source>
            <translation>اكتب %1 للتأكيد:</translation>
        </message>
        <message>
            <source>Confirmation word</source>
            <translation>كلمة التأكيد</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>موافق</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
    </context>
    <context>
        <name>RecordActions</name>
        <message>
            <source>Delete %1</source>
            <translation>حذف: %1</translation>
        </message>
        <message>
            <source>Delete the %1 “%2”?

It moves to Deleted, where it can be restored.</source>
            <translation>حذف «%2» (%1)؟

ينتقل إلى المحذوفات، حيث يمكن استعادته.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>حذف</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>الإبقاء عليه</translation>
        </message>
        <message>
            <source>Purge %1</source>
            <translation>إزالة نهائية: %1</translation>
        </message>
        <message>
            <source>Purge the deleted %1 “%2” for good?

Its content is removed from this vault, its history and the search index. This cannot be undone.</source>
            <translation>إزالة «%2» (%1، محذوف) نهائيًا؟

يُزال محتواه من هذه الخزنة ومن تاريخه ومن فهرس البحث. لا يمكن التراجع عن ذلك.</translation>
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
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
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
        <name>Sharing</name>
        <message>
            <source>Colleagues ticked here receive this defender at each sync, with their related people, cases and incidents, and every later change. Only verified colleagues are synced.</source>
            <translation>يتلقى الزملاء المحددون هنا هذا المدافع في كل مزامنة، مع المقرّبين منه وملفاته وحوادثه، وكل تغيير لاحق. لا تتم المزامنة إلا مع الزملاء الموثَّقين.</translation>
        </message>
        <message>
            <source>Colleagues ticked here receive this case at each sync, with the incidents linked to it and its defender's non-sensitive details, and every later change. Only verified colleagues are synced.</source>
            <translation>يتلقى الزملاء المحددون هنا هذا الملف في كل مزامنة، مع الحوادث المرتبطة به والبيانات غير الحساسة لمدافعه، وكل تغيير لاحق. لا تتم المزامنة إلا مع الزملاء الموثَّقين.</translation>
        </message>
        <message>
            <source>Colleagues this record is shared with</source>
            <translation>الزملاء الذين يُشارَك معهم هذا السجل</translation>
        </message>
        <message>
            <source>This defender's consent: %1.</source>
            <translation>موافقة هذا المدافع: %1.</translation>
        </message>
        <message>
            <source>This defender's consent does not cover colleagues: nothing about them leaves this vault, so this cannot be shared.</source>
            <translation>موافقة هذا المدافع لا تشمل الزملاء: لا يغادر هذه الخزنة شيء عنه، لذا لا يمكن مشاركة هذا.</translation>
        </message>
        <message>
            <source>The defender's consent: %1.</source>
            <translation>موافقة المدافع: %1.</translation>
        </message>
        <message>
            <source>The defender's consent does not cover colleagues: nothing about them leaves this vault, so this cannot be shared.</source>
            <translation>موافقة المدافع لا تشمل الزملاء: لا يغادر هذه الخزنة شيء عنه، لذا لا يمكن مشاركة هذا.</translation>
        </message>
        <message>
            <source>No colleagues yet: add them in the Exchange section.</source>
            <translation>لا زملاء بعد: أضفهم في قسم «التبادل».</translation>
        </message>
        <message>
            <source>%1  (NOT VERIFIED: not synced until verified)</source>
            <translation>%1  (غير موثَّق: لا مزامنة قبل التوثيق)</translation>
        </message>
        <message>
            <source>this colleague</source>
            <translation>هذا الزميل</translation>
        </message>
        <message>
            <source>Shared with %1.</source>
            <translation>تمت المشاركة مع %1.</translation>
        </message>
        <message>
            <source>Not shared</source>
            <translation>لم تتم المشاركة</translation>
        </message>
        <message>
            <source>Stop sharing</source>
            <translation>إيقاف المشاركة</translation>
        </message>
        <message>
            <source>Stop sharing with %1?

They keep everything they already received; from now on, changes are no longer sent to them.</source>
            <translation>إيقاف المشاركة مع %1؟

يحتفظ بكل ما تلقاه سابقًا؛ ومن الآن فصاعدًا لا تُرسل إليه التغييرات.</translation>
        </message>
        <message>
            <source>Keep sharing</source>
            <translation>مواصلة المشاركة</translation>
        </message>
        <message>
            <source>No longer shared with %1.</source>
            <translation>لم تعد المشاركة قائمة مع %1.</translation>
        </message>
        <message>
            <source>Still shared</source>
            <translation>ما زالت المشاركة قائمة</translation>
        </message>
        <message>
            <source>Sharing</source>
            <translation>المشاركة</translation>
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
        <message>
            <source>(closest: %1)</source>
            <translation>(الأقرب: %1)</translation>
        </message>
        <message>
            <source>; </source>
            <translation>؛ </translation>
        </message>
        <message>
            <source>no defender has this codename or name</source>
            <translation>لا يوجد مدافع بهذا الاسم الرمزي أو الاسم</translation>
        </message>
        <message>
            <source>give the id of the record (%1)</source>
            <translation>اذكر معرّف السجل (%1)</translation>
        </message>
        <message>
            <source>no record (%1) of this row's defender has this %2</source>
            <translation>لا يوجد سجل (%1) لمدافع هذا الصف بهذا الـ%2</translation>
        </message>
        <message>
            <source>this heading matches no field of this import (%1): choose its field in the list above it, or “Ignore this column”</source>
            <translation>لا يطابق هذا العنوان أي حقل في هذا الاستيراد (%1): اختر حقله من القائمة فوقه، أو «تجاهل هذا العمود»</translation>
        </message>
        <message>
            <source>a second column for %1 (column %2 is the first)</source>
            <translation>عمود ثانٍ لـ%1 (العمود %2 هو الأول)</translation>
        </message>
        <message>
            <source>no column for %1, which every record of this import (%2) needs</source>
            <translation>لا يوجد عمود لـ%1، وهو ما يحتاجه كل سجل في هذا الاستيراد (%2)</translation>
        </message>
        <message>
            <source>this date reads only day first</source>
            <translation>لا يُقرأ هذا التاريخ إلا واليوم أولًا</translation>
        </message>
        <message>
            <source>this date reads only month first</source>
            <translation>لا يُقرأ هذا التاريخ إلا والشهر أولًا</translation>
        </message>
        <message>
            <source>the file mixes dates written day first and month first: correct it</source>
            <translation>يخلط الملف بين تواريخ مكتوبة واليوم أولًا وأخرى والشهر أولًا: صحّحه</translation>
        </message>
        <message>
            <source>a value in a column without a heading</source>
            <translation>قيمة في عمود بلا عنوان</translation>
        </message>
        <message>
            <source>a value in a column without a heading (a merged heading?): give the column a heading</source>
            <translation>قيمة في عمود بلا عنوان (عنوان مدمج؟): أعطِ العمود عنوانًا</translation>
        </message>
        <message>
            <source>not one of the choices of this field</source>
            <translation>ليست من خيارات هذا الحقل</translation>
        </message>
        <message>
            <source>this field cannot be imported</source>
            <translation>لا يمكن استيراد هذا الحقل</translation>
        </message>
        <message>
            <source>dates such as 03/04/2024 read both as day/month and month/day: go Back and say which comes first</source>
            <translation>تواريخ مثل 03/04/2024 تُقرأ يومًا/شهرًا وشهرًا/يومًا: ارجع وحدّد أيهما يأتي أولًا</translation>
        </message>
        <message>
            <source>no rows below the headings: nothing to import</source>
            <translation>لا صفوف تحت العناوين: لا شيء للاستيراد</translation>
        </message>
        <message>
            <source>%1 is not a date: as an Excel serial number it falls outside 1900-2199</source>
            <translation>%1 ليس تاريخًا: كرقم تسلسلي في Excel يقع خارج 1900-2199</translation>
        </message>
        <message>
            <source>write the year in full (four digits); a two-digit year is not guessed</source>
            <translation>اكتب السنة كاملة (أربعة أرقام)؛ لا تُخمَّن السنة المكتوبة برقمين</translation>
        </message>
        <message>
            <source>this date reads as day/month or month/day: go Back and say which comes first</source>
            <translation>يُقرأ هذا التاريخ يومًا/شهرًا أو شهرًا/يومًا: ارجع وحدّد أيهما يأتي أولًا</translation>
        </message>
        <message>
            <source>not a date this import reads (2024-03-15, 15/03/2024, 15 March 2024, March 2024, 2024, a range A..B)</source>
            <translation>ليس تاريخًا يقرؤه هذا الاستيراد (2024-03-15، 15/03/2024، 15 مارس 2024، مارس 2024، 2024، فترة A..B)</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>row %1, column %2: %3</source>
            <translation>الصف %1، العمود %2: %3</translation>
        </message>
        <message>
            <source>%1 [%2]</source>
            <translation>%1 [%2]</translation>
        </message>
        <message>
            <source>same name or codename and country as an existing defender</source>
            <translation>الاسم أو الاسم الرمزي والبلد نفسها لمدافع موجود</translation>
        </message>
        <message>
            <source>same defender, date and category as an existing incident</source>
            <translation>المدافع والتاريخ والفئة نفسها لحادثة موجودة</translation>
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
        <message numerus="yes">
            <source>%n defender(s) have this codename or name: give the codename</source>
            <translation>
                <numerusform>لا مدافعين بهذا الاسم الرمزي أو الاسم</numerusform>
                <numerusform>مدافع واحد بهذا الاسم الرمزي أو الاسم</numerusform>
                <numerusform>مدافعان بهذا الاسم الرمزي أو الاسم: اذكر الاسم الرمزي</numerusform>
                <numerusform>%n مدافعين بهذا الاسم الرمزي أو الاسم: اذكر الاسم الرمزي</numerusform>
                <numerusform>%n مدافعًا بهذا الاسم الرمزي أو الاسم: اذكر الاسم الرمزي</numerusform>
                <numerusform>%n مدافع بهذا الاسم الرمزي أو الاسم: اذكر الاسم الرمزي</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n records (%1) of this row's defender have this %2: give the id</source>
            <translation>
                <numerusform>لا سجلات (%1) لمدافع هذا الصف بهذا الـ%2</numerusform>
                <numerusform>سجل واحد (%1) لمدافع هذا الصف بهذا الـ%2: اذكر المعرّف</numerusform>
                <numerusform>سجلان (%1) لمدافع هذا الصف بهذا الـ%2: اذكر المعرّف</numerusform>
                <numerusform>%n سجلات (%1) لمدافع هذا الصف بهذا الـ%2: اذكر المعرّف</numerusform>
                <numerusform>%n سجلًا (%1) لمدافع هذا الصف بهذا الـ%2: اذكر المعرّف</numerusform>
                <numerusform>%n سجل (%1) لمدافع هذا الصف بهذا الـ%2: اذكر المعرّف</numerusform>
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
            <source>Several fields</source>
            <translation>مجالات عدة</translation>
        </message>
        <message>
            <source>Incidents</source>
            <translation>الحوادث</translation>
        </message>
        <message>
            <source>All</source>
            <translation>الكل</translation>
        </message>
        <message>
            <source>Imprecise (date fits no single period)</source>
            <translation>غير دقيقة (لا يقع التاريخ في فترة واحدة)</translation>
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
        <name>SyncFolder</name>
        <message>
            <source>Starting</source>
            <translation>جارٍ البدء</translation>
        </message>
        <message>
            <source>Receiving</source>
            <translation>جارٍ الاستلام</translation>
        </message>
        <message>
            <source>Sending</source>
            <translation>جارٍ الإرسال</translation>
        </message>
        <message>
            <source>Sync when bundles arrive there (the folder is also checked every minute).</source>
            <translation>المزامنة عند وصول حزم إليه (يُفحص المجلد أيضًا كل دقيقة).</translation>
        </message>
        <message>
            <source>Sync through a folder that another tool carries between offices: a Syncthing folder, a network share, or a USB stick. Each pair of offices has its own subfolder there, named by a code only the two can work out, so a partner that carries only its own subfolder sees nothing of the others. Each sync imports what colleagues left for this vault and leaves a sealed bundle for each verified colleague that has new changes to the records shared with them (nothing when there is nothing new). Unverified colleagues are never synced. File and folder names carry no names.</source>
            <translation>زامِن عبر مجلد تنقله أداة أخرى بين المكاتب: مجلد Syncthing، أو مشاركة على الشبكة، أو ذاكرة USB. لكل مكتبين مجلد فرعي خاص بهما هناك، يحمل اسمًا برمز لا يستطيع استنتاجه سواهما، فالشريك الذي لا ينقل إلا مجلده الفرعي لا يرى شيئًا من غيره. كل مزامنة تستورد ما تركه الزملاء لهذه الخزنة وتترك حزمة مختومة لكل زميل موثَّق لديه تغييرات جديدة على السجلات المشتركة معه (لا شيء إن لم يكن هناك جديد). لا تتم المزامنة أبدًا مع الزملاء غير الموثَّقين. لا تحمل أسماء الملفات والمجلدات أي أسماء.</translation>
        </message>
        <message>
            <source>Drop folder</source>
            <translation>مجلد الإيداع</translation>
        </message>
        <message>
            <source>No folder chosen yet.</source>
            <translation>لم يُختر مجلد بعد.</translation>
        </message>
        <message>
            <source>Choose folder…</source>
            <translation>اختيار مجلد…</translation>
        </message>
        <message>
            <source>Choose the drop folder</source>
            <translation>اختيار مجلد الإيداع</translation>
        </message>
        <message>
            <source>Watch this folder while the vault is unlocked</source>
            <translation>مراقبة هذا المجلد ما دامت الخزنة مفتوحة</translation>
        </message>
        <message>
            <source>Watch the drop folder while unlocked</source>
            <translation>مراقبة مجلد الإيداع ما دامت الخزنة مفتوحة</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>المزامنة الآن</translation>
        </message>
        <message>
            <source>Receive and send through the drop folder now</source>
            <translation>الاستلام والإرسال عبر مجلد الإيداع الآن</translation>
        </message>
        <message>
            <source>Sync progress</source>
            <translation>تقدّم المزامنة</translation>
        </message>
        <message>
            <source>What the last sync did</source>
            <translation>ما فعلته آخر مزامنة</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>لم يُحفظ</translation>
        </message>
        <message>
            <source>The drop folder %1 is not there right now (a USB stick or a network share not connected?). Nothing was synced.</source>
            <translation>مجلد الإيداع %1 غير متاح الآن (ذاكرة USB أو مشاركة شبكة غير متصلة؟). لم تتم مزامنة أي شيء.</translation>
        </message>
        <message>
            <source>Sync did not start</source>
            <translation>لم تبدأ المزامنة</translation>
        </message>
        <message>
            <source>Last checked %1 (automatically).</source>
            <translation>آخر فحص: %1 (تلقائيًا).</translation>
        </message>
        <message>
            <source>Last synced %1 (automatically).</source>
            <translation>آخر مزامنة: %1 (تلقائيًا).</translation>
        </message>
        <message>
            <source>Last synced %1.</source>
            <translation>آخر مزامنة: %1.</translation>
        </message>
        <message>
            <source>The sync at %1 did not finish.</source>
            <translation>لم تكتمل مزامنة %1.</translation>
        </message>
        <message>
            <source>Sync did not finish</source>
            <translation>لم تكتمل المزامنة</translation>
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
            <source>Message</source>
            <translation>رسالة</translation>
        </message>
        <message>
            <source>Working</source>
            <translation>جارٍ العمل</translation>
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
            <source>Why the vault locked</source>
            <translation>لماذا قُفلت الخزنة</translation>
        </message>
        <message>
            <source>That passphrase did not open the vault. Check the keyboard layout and Caps Lock, then try again.</source>
            <translation>لم تفتح عبارة المرور هذه الخزنة. تحقق من لغة لوحة المفاتيح ومن مفتاح Caps Lock، ثم أعد المحاولة.</translation>
        </message>
        <message>
            <source>This vault cannot be opened: %1. Nothing was changed. If you have a backup of the vault folder, restore it; otherwise ask the person who supports your office. Do not delete the folder.</source>
            <translation>لا يمكن فتح هذه الخزنة: %1. لم يتغير شيء. إن كانت لديك نسخة احتياطية من مجلد الخزنة فاستعدها؛ وإلا فاطلب المساعدة من الشخص الذي يقدّم الدعم لمكتبك. لا تحذف المجلد.</translation>
        </message>
        <message>
            <source>Create your vault</source>
            <translation>أنشئ خزنتك</translation>
        </message>
        <message>
            <source>Everything you record is kept in this vault, encrypted on this computer. Choose a passphrase you will use to open it.</source>
            <translation>كل ما تسجّله يُحفظ في هذه الخزنة، مشفّرًا على هذا الحاسوب. اختر عبارة المرور التي ستفتحها بها.</translation>
        </message>
        <message>
            <source>Repeat passphrase</source>
            <translation>أعد كتابة عبارة المرور</translation>
        </message>
        <message>
            <source>Passphrase strength</source>
            <translation>قوة عبارة المرور</translation>
        </message>
        <message>
            <source>There is no way to recover a lost passphrase. If it is forgotten, everything in this vault is lost for good: nobody can open it, not your colleagues and not the people who make hrd-desk. Write it down and keep it somewhere safe, away from this computer. Once the vault is open you can also make a recovery code (Vault &gt; Security).</source>
            <translation>لا توجد أي طريقة لاسترداد عبارة مرور مفقودة. إن نُسيت، ضاع كل ما في هذه الخزنة إلى الأبد: لا يستطيع أحد فتحها، لا زملاؤك ولا صانعو hrd-desk. دوّنها واحفظها في مكان آمن، بعيدًا عن هذا الحاسوب. بعد فتح الخزنة يمكنك أيضًا إنشاء رمز استرداد (الخزنة &gt; الأمان).</translation>
        </message>
        <message>
            <source>Warning: a lost passphrase cannot be recovered</source>
            <translation>تحذير: لا يمكن استرداد عبارة مرور مفقودة</translation>
        </message>
        <message>
            <source>I understand that it cannot be recovered</source>
            <translation>أفهم أنه لا يمكن استردادها</translation>
        </message>
        <message>
            <source>I understand that a lost passphrase cannot be recovered</source>
            <translation>أفهم أنه لا يمكن استرداد عبارة مرور مفقودة</translation>
        </message>
        <message>
            <source>Create vault</source>
            <translation>إنشاء الخزنة</translation>
        </message>
        <message>
            <source>Four or more random words make a strong, memorable passphrase.</source>
            <translation>أربع كلمات عشوائية أو أكثر تصنع عبارة مرور قوية يسهل تذكرها.</translation>
        </message>
        <message>
            <source>The passphrases match.</source>
            <translation>عبارتا المرور متطابقتان.</translation>
        </message>
        <message>
            <source>The passphrases do not match yet.</source>
            <translation>عبارتا المرور غير متطابقتين بعد.</translation>
        </message>
        <message>
            <source>Creating the vault and tuning it to this computer. This takes a few seconds.</source>
            <translation>جارٍ إنشاء الخزنة وضبطها على هذا الحاسوب. يستغرق ذلك بضع ثوانٍ.</translation>
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
        <name>VaultMaintenance</name>
        <message>
            <source>Keyslot file</source>
            <translation>ملف خانة المفتاح</translation>
        </message>
        <message>
            <source>Passphrase opens the vault key</source>
            <translation>عبارة المرور تفتح مفتاح الخزنة</translation>
        </message>
        <message>
            <source>Database opens</source>
            <translation>قاعدة البيانات تُفتح</translation>
        </message>
        <message>
            <source>Every page is intact (encryption checksums)</source>
            <translation>كل صفحة سليمة (مجاميع التحقق للتشفير)</translation>
        </message>
        <message>
            <source>Database structure</source>
            <translation>بنية قاعدة البيانات</translation>
        </message>
        <message>
            <source>Audit trail is unbroken</source>
            <translation>سجل التدقيق غير منقطع</translation>
        </message>
        <message>
            <source>Four or more random words make a strong, memorable passphrase.</source>
            <translation>أربع كلمات عشوائية أو أكثر تصنع عبارة مرور قوية يسهل تذكرها.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>The new passphrases do not match yet.</source>
            <translation>عبارتا المرور الجديدتان غير متطابقتين بعد.</translation>
        </message>
        <message>
            <source>Change passphrase</source>
            <translation>تغيير عبارة المرور</translation>
        </message>
        <message>
            <source>The vault locks for a few seconds while it is re-encrypted for the new passphrase (open forms are kept as drafts), then opens again. There is still no way to recover a lost passphrase: write the new one down and keep it somewhere safe, away from this computer.</source>
            <translation>تُقفل الخزنة بضع ثوانٍ ريثما يُعاد تشفيرها بعبارة المرور الجديدة (تُحفظ النماذج المفتوحة كمسودات)، ثم تُفتح من جديد. لا توجد حتى الآن أي طريقة لاسترداد عبارة مرور مفقودة: دوّن الجديدة واحفظها في مكان آمن، بعيدًا عن هذا الحاسوب.</translation>
        </message>
        <message>
            <source>Current passphrase</source>
            <translation>عبارة المرور الحالية</translation>
        </message>
        <message>
            <source>New passphrase</source>
            <translation>عبارة المرور الجديدة</translation>
        </message>
        <message>
            <source>Repeat new passphrase</source>
            <translation>أعد كتابة عبارة المرور الجديدة</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>عبارة المرور</translation>
        </message>
        <message>
            <source>Vault integrity</source>
            <translation>سلامة الخزنة</translation>
        </message>
        <message>
            <source>Every check passed. The vault is intact.</source>
            <translation>نجحت كل الفحوص. الخزنة سليمة.</translation>
        </message>
        <message>
            <source>Integrity checks</source>
            <translation>فحوص السلامة</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>الفحص</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>النتيجة</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>التفاصيل</translation>
        </message>
        <message>
            <source>Passed</source>
            <translation>نجح</translation>
        </message>
        <message>
            <source>FAILED</source>
            <translation>فشل</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>إغلاق</translation>
        </message>
        <message numerus="yes">
            <source>%n check(s) failed. Do not delete anything; keep a copy of the vault folder and ask the person who supports your office.</source>
            <translation>
                <numerusform>لم يفشل أي فحص.</numerusform>
                <numerusform>فشل فحص واحد. لا تحذف شيئًا؛ احتفظ بنسخة من مجلد الخزنة واطلب المساعدة من الشخص الذي يقدّم الدعم لمكتبك.</numerusform>
                <numerusform>فشل فحصان. لا تحذف شيئًا؛ احتفظ بنسخة من مجلد الخزنة واطلب المساعدة من الشخص الذي يقدّم الدعم لمكتبك.</numerusform>
                <numerusform>فشلت %n فحوص. لا تحذف شيئًا؛ احتفظ بنسخة من مجلد الخزنة واطلب المساعدة من الشخص الذي يقدّم الدعم لمكتبك.</numerusform>
                <numerusform>فشل %n فحصًا. لا تحذف شيئًا؛ احتفظ بنسخة من مجلد الخزنة واطلب المساعدة من الشخص الذي يقدّم الدعم لمكتبك.</numerusform>
                <numerusform>فشل %n فحص. لا تحذف شيئًا؛ احتفظ بنسخة من مجلد الخزنة واطلب المساعدة من الشخص الذي يقدّم الدعم لمكتبك.</numerusform>
            </translation>
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
            <source>Shelter City relocation</source>
            <translation>النقل المؤقت (Shelter City)</translation>
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
            <source>, </source>
            <translation>، </translation>
        </message>
    </context>
    <context>
        <name>Vocab/checkin</name>
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
    </context>
    <context>
        <name>Vocab/relocation</name>
        <message>
            <source>Planned</source>
            <translation>مخططة</translation>
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
            <translation>وصل/ت</translation>
        </message>
    </context>
    <context>
        <name>Vocab/risk_assessment</name>
        <message>
            <source>Low</source>
            <translation>منخفض</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>متوسط</translation>
        </message>
        <message>
            <source>High</source>
            <translation>مرتفع</translation>
        </message>
        <message>
            <source>Critical</source>
            <translation>حرج</translation>
        </message>
    </context>
    <context>
        <name>Vocab/security_measure</name>
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
    </context>
    <context>
        <name>Vocab/task</name>
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
            <source>Open</source>
            <translation>مفتوحة</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>منجزة</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>ملغاة</translation>
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
        <message>
            <source>This kind of record cannot be opened here yet.</source>
            <translation>لا يمكن فتح هذا النوع من السجلات هنا بعد.</translation>
        </message>
        <message>
            <source>Search is not available in this version yet.</source>
            <translation>البحث غير متاح في هذا الإصدار بعد.</translation>
        </message>
    </context>
    <context>
        <name>KindCount</name>
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
    </context>
</TS>
