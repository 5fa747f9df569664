from django.db import models


class LoginThrottle(models.Model):
    """Wrong staff passwords for one username from one address (archive.throttle).

    In the database, not in a per-process cache: every gunicorn worker counts the same
    failures, and a worker replaced after BAOKAN_MAX_REQUESTS forgets none of them.
    """

    key = models.CharField(max_length=64)  # sha256 of the folded username and the address
    username = models.CharField("用户名", max_length=150)
    address = models.CharField("地址", max_length=45)
    failures = models.PositiveIntegerField("失败次数", default=0)
    # Seconds since the epoch: logins are refused until then.
    until = models.FloatField(default=0)
    last_failure = models.FloatField(default=0)

    class Meta:
        ordering = ["-last_failure"]
        verbose_name = "登录限制"
        verbose_name_plural = "登录限制"
        constraints = [models.UniqueConstraint(fields=["key"], name="login_throttle_unique_key")]

    def __str__(self):
        return f"{self.username} @ {self.address}"
