"""Checks of the Tributary contract that schemathesis has no built-in for (loaded through SCHEMATHESIS_HOOKS)."""
import json

import schemathesis


@schemathesis.check
def error_has_json_message(ctx, response, case):
    """Every 4xx answer is the protocol's JSON error: {"error": {"code": ..., "message": "<words>", ...}}."""
    if not 400 <= response.status_code < 500:
        return None
    try:
        body = json.loads(response.content)
    except ValueError:
        raise AssertionError(f"{response.status_code} answer is not JSON: {response.content[:200]!r}")
    error = body.get("error") if isinstance(body, dict) else None
    message = error.get("message") if isinstance(error, dict) else None
    if not isinstance(message, str) or not message.strip():
        raise AssertionError(f"{response.status_code} answer has no error.message: {response.content[:200]!r}")
    if not isinstance(error.get("request"), str):
        raise AssertionError(f"{response.status_code} answer does not name its request: {response.content[:200]!r}")
    return None
