import type { FailureCode } from "../../contracts";

/** What each coded failure means to the user, in Russian: the same codes as English, one line each. */
export const failureSentencesRuRU: Record<`error.${FailureCode}`, string> = {
  "error.ADDIN_OFFLINE": "Нет связи с сетью. Проверьте подключение; Touchpoint повторит попытку сам.",
  "error.ADDIN_TIMEOUT": "Хранилище не ответило вовремя. Повторите чуть позже.",
  "error.ADDIN_HTTP_ERROR":
    "Хранилище ответило непонятно для Touchpoint. Повторите позже или сообщите администратору.",
  "error.ADDIN_UNAUTHENTICATED": "Срок входа истёк. Войдите снова, чтобы продолжить.",
  "error.ADDIN_SIGN_IN_REQUIRED": "Нужно войти в Touchpoint. Откройте Touchpoint и войдите.",
  "error.ADDIN_AUTH_FAILED": "Войти не удалось. Повторите или попросите доступ у администратора.",
  "error.ADDIN_AUTH_UNAVAILABLE": "Служба входа недоступна. Проверьте подключение и повторите.",
  "error.ADDIN_NO_ITEM": "Не открыто ни письмо, ни встреча. Откройте элемент, чтобы записать его.",
  "error.ADDIN_OFFICE_ASYNC_FAILED": "Outlook не ответил Touchpoint. Откройте элемент заново и повторите.",
  "error.ADDIN_UNSUPPORTED_HOST":
    "Эта версия Outlook не поддерживает эту часть Touchpoint. Используйте новый Outlook или Outlook в браузере.",
  "error.ADDIN_REQUIREMENT_MISSING":
    "В этой версии Outlook нет нужной функции. Обновите Outlook или используйте Outlook в браузере.",
  "error.ADDIN_SETTINGS_SAVE_FAILED": "Outlook не сохранил настройки. Повторите.",
  "error.ADDIN_OUTBOX_UNAVAILABLE":
    "Сейчас неотправленные записи негде хранить, поэтому ничего не сохранено. Повторите или перезапустите Outlook.",
  "error.ADDIN_OUTBOX_FULL":
    "Хранилище неотправленных записей заполнено. Откройте Touchpoint при подключении, чтобы они ушли.",
  "error.ADDIN_NO_SOURCE_KEY":
    "Outlook пока не дал элементу идентификатор. Сохраните черновик или откройте элемент заново.",
  "error.ADDIN_NO_CONTACTS": "Контакт не выбран. Отметьте хотя бы один контакт или создайте его.",
  "error.ADDIN_INVALID_EMAIL": "Это не адрес эл. почты. Пишите так: name@example.com.",
  "error.ADDIN_INVALID_NEVER_LOG_VALUE": "Введите адрес (name@example.com) или домен (example.com).",
  "error.ADDIN_INVALID_NUMBER": "Введите число не меньше нуля, например 12,5.",
  "error.ADDIN_NAME_REQUIRED": "У контакта должно быть имя. Введите его.",
  "error.ADDIN_SKIP_AUTO_LOG_OFF":
    "Автозапись выключена. Включите её в настройках или запишите из Touchpoint.",
  "error.ADDIN_SKIP_PRIVATE": "Элемент помечен как личный, поэтому не записан автоматически.",
  "error.ADDIN_SKIP_NO_EXTERNAL_PARTICIPANT":
    "В нём нет никого вне вашей организации, поэтому он не записан автоматически.",
  "error.ADDIN_SKIP_NO_SOURCE_KEY": "Outlook не дал элементу идентификатор. Запишите его из Touchpoint.",
  "error.ADDIN_ON_SEND_TIMEOUT":
    "Отправка заняла слишком много времени для автозаписи. Запишите из Touchpoint.",
  "error.ADDIN_ON_SEND_FAILED": "Записать при отправке не удалось. Запишите из Touchpoint.",
  "error.ADDIN_UNEXPECTED":
    "Произошла непредвиденная ошибка. Повторите; если она повторяется, перезапустите Outlook.",

  "error.STORE_VALIDATION": "Хранилище нашло неверные данные. Проверьте введённое и повторите.",
  "error.STORE_BODY_TOO_LARGE":
    "Слишком много данных для хранилища. Запишите меньше людей за раз или сократите текст.",
  "error.STORE_UNSUPPORTED_MEDIA_TYPE":
    "Хранилище не смогло прочитать запрос. Обновите Touchpoint и повторите.",
  "error.STORE_IDEMPOTENCY_KEY_REQUIRED":
    "Хранилище не отличило этот запрос от других. Обновите Touchpoint и повторите.",
  "error.STORE_IDEMPOTENCY_MISMATCH":
    "Хранилище уже приняло другую версию этой записи. Нажмите «Исправить», чтобы отправить вашу как новую.",
  "error.STORE_IDEMPOTENCY_IN_PROGRESS": "Хранилище ещё обрабатывает запрос. Подождите, он завершится сам.",
  "error.STORE_UNAUTHENTICATED": "Хранилище требует входа. Войдите и повторите.",
  "error.STORE_TOKEN_EXPIRED": "Срок входа истёк. Войдите снова, чтобы продолжить.",
  "error.STORE_FORBIDDEN": "У вас нет на это прав. При необходимости обратитесь к администратору.",
  "error.STORE_NOT_FOUND": "Этого больше нет в хранилище. Откройте элемент заново, чтобы увидеть актуальное.",
  "error.STORE_CONTACT_NOT_FOUND":
    "Выбранного контакта больше нет. Нажмите «Исправить», чтобы убрать его или выбрать другой.",
  "error.STORE_CONTACT_EXISTS": "Контакт с таким номером уже есть. Используйте его.",
  "error.STORE_UNKNOWN_TEMPLATE":
    "Шаблона взаимодействия больше нет. Нажмите «Исправить», чтобы выбрать другой.",
  "error.STORE_TEMPLATE_BLOCKED":
    "Шаблон взаимодействия заблокирован. Нажмите «Исправить», чтобы выбрать другой.",
  "error.STORE_UNKNOWN_GROUP": "Группы взаимодействий нет. Попросите администратора проверить её.",
  "error.STORE_NO_TEMPLATE_FOR_EVENT":
    "Для такого элемента не настроен шаблон. Выберите шаблон или попросите администратора настроить его.",
  "error.STORE_NO_CONTACTS":
    "Никто из участников ещё не контакт. Откройте Touchpoint и выберите или создайте контакты.",
  "error.STORE_ENTRY_NOT_CANCELED": "Удалять можно только отменённые записи. Сначала отмените её.",
  "error.STORE_ALREADY_CANCELED": "Это уже отменено. Больше ничего делать не нужно.",
  "error.STORE_NOT_CANCELED": "Эта запись не отменена, восстанавливать нечего.",
  "error.STORE_LOGGED_ITEM_CANCELED":
    "Отменён весь зарегистрированный элемент, поэтому эту запись нельзя восстановить отдельно.",
  "error.STORE_LOGGED_AGAIN":
    "После отмены этой записи элемент снова зарегистрирован для контакта; действует более новая запись.",
  "error.STORE_INVALID_CURSOR": "Список изменился во время чтения. Откройте его заново.",
  "error.STORE_IMPORT_INVALID": "Файл нельзя импортировать. Проверьте формат и столбцы и повторите.",
  "error.STORE_PRECONDITION_FAILED":
    "Кто-то изменил это за это время. Откройте заново и повторите изменение.",
  "error.STORE_RATE_LIMITED": "Хранилище перегружено. Touchpoint повторит попытку сам через минуту.",
  "error.STORE_UNAVAILABLE": "Хранилище сейчас недоступно. Touchpoint повторит попытку сам.",
  "error.STORE_BAD_REQUEST":
    "Хранилище не смогло прочитать запрос. Повторите; если ошибка повторяется, сообщите администратору.",
  "error.STORE_URI_TOO_LONG": "Запрос слишком длинный для хранилища. Сократите введённое и повторите.",
  "error.STORE_HEADERS_TOO_LARGE": "Запрос слишком велик для хранилища. Войдите заново и повторите.",
  "error.STORE_REQUEST_TIMEOUT": "Запрос шёл до хранилища слишком долго. Touchpoint повторит попытку сам.",
  "error.STORE_ADMIN_ONLY": "Это изменение может сделать только администратор. Обратитесь к нему.",
  "error.STORE_MANAGER_ONLY": "Это видят только руководители и администраторы. Обратитесь к руководителю.",
  "error.STORE_NOT_ENTRY_OWNER":
    "Это запись коллеги: изменить её могут только автор, руководитель или администратор.",
  "error.STORE_HOST_NOT_ALLOWED":
    "Хранилище отвечает только по своему адресу. Откройте Touchpoint с localhost или 127.0.0.1.",
  "error.STORE_ORIGIN_NOT_ALLOWED":
    "Хранилище принимает изменения только со своих страниц. Откройте Touchpoint по адресу хранилища.",
  "error.STORE_CONTACT_EMAIL_EXISTS":
    "Контакт с таким адресом уже есть. Выберите его вместо создания нового.",
  "error.STORE_CONTACT_PRIVACY_BLOCKED":
    "Выбранный контакт закрыт настройками конфиденциальности и не регистрируется. Нажмите «Исправить», чтобы убрать его.",
  "error.STORE_CONTACT_NEVER_LOG":
    "Адрес выбранного контакта в списке «Никогда не регистрировать». Нажмите «Исправить», чтобы убрать его.",
  "error.STORE_CONTACT_HAS_DRAFTS":
    "У этого контакта есть черновики. Сначала возобновите или удалите их, затем повторите.",
  "error.STORE_SOURCE_KEY_RESERVED":
    "Этот элемент нельзя зарегистрировать так. Зарегистрируйте документ из его собственного приложения.",
  "error.STORE_NOT_A_DRAFT": "Это уже не черновик: часть его зарегистрирована. Откройте его снова.",
  "error.STORE_SEGMENT_EXISTS": "Сегмент с таким номером уже есть. Выберите другой номер.",
  "error.STORE_ENTRY_HAS_TODO": "У этой записи уже есть задача. Завершите её или добавьте комментарий.",
  "error.STORE_TODO_CLOSED": "Эта задача уже завершена.",
  "error.STORE_TODO_TARGET":
    "Задача не связана со взаимодействием. Сначала зарегистрируйте элемент, затем добавьте задачу.",
  "error.STORE_OVERLOADED": "Хранилище сейчас перегружено. Touchpoint повторит попытку сам через минуту.",
  "error.STORE_INTERNAL": "В хранилище произошла ошибка. Повторите позже или сообщите администратору.",
};
