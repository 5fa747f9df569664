"""A Content-Security-Policy that allows only the site's own assets.

Django 5.2 has no CSP of its own. Pages load nothing from elsewhere and run no
inline script, so `'self'` is the whole policy; the admin's templates carry a few
inline styles, so it alone may use them.
"""

PUBLIC_POLICY = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
)
ADMIN_POLICY = PUBLIC_POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")


class ContentSecurityPolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if "Content-Security-Policy" not in response:
            admin = request.path.startswith("/admin/")
            response["Content-Security-Policy"] = ADMIN_POLICY if admin else PUBLIC_POLICY
        return response
