namespace Asivado.Gateway.Api.Cases;

/// <summary>The <c>Prefer</c> request header (RFC 7240): only <c>return=minimal</c> is honoured, and only by intakes.</summary>
public static class PreferHeader
{
    public const string HeaderName = "Prefer";
    public const string AppliedHeaderName = "Preference-Applied";
    public const string ReturnMinimal = "return=minimal";

    public static bool WantsMinimal(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        foreach (var value in request.Headers[HeaderName])
        {
            foreach (var preference in (value ?? "").Split(','))
            {
                if (string.Equals(preference.Trim(), ReturnMinimal, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
