from django.conf import settings


def test_tests_run_jobs_inline_and_send_mail_to_memory():
    assert settings.HUEY["immediate"] is True
    assert settings.EMAIL_BACKEND == "django.core.mail.backends.locmem.EmailBackend"
