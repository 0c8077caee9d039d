namespace SearchPortal.Web.Security;

/// <summary>The JSON answer of /api when authentication is missing or wrong (the shape of every /api error).</summary>
internal static class JsonChallenge
{
    public const string Unauthorized = "需要登录或有效的 API 令牌 (sign-in or a valid API token required)";
    public const string InvalidToken = "API 令牌无效或已停用 (invalid or revoked API token)";

    public static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api");

    public static Task WriteAsync(HttpResponse response, int status, string message)
    {
        response.StatusCode = status;
        return response.WriteAsJsonAsync(new { error = message });
    }
}
