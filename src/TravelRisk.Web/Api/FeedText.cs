using System.Text;

namespace TravelRisk.Web.Api;

/// <summary>
/// Text as a feed can carry it. The libraries escape what their formats define (XML markup, iCalendar's ; , \ and
/// line breaks) but refuse or pass through characters neither format allows: a NUL made the Atom writer throw, so
/// one row broke the feed for everyone. Such characters (rows stored before the input rules) are dropped here.
/// </summary>
public static class FeedText
{
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return "";
        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean.Append(c).Append(text[++i]);
                continue;
            }
            if (c == '\r')
            {
                // CR LF and a lone CR both end one line; the writers encode line ends themselves.
                if (i + 1 >= text.Length || text[i + 1] != '\n')
                    clean.Append('\n');
            }
            else if (c is '\n' or '\t' || !(char.IsControl(c) || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF'))
                clean.Append(c);
        }
        return clean.ToString();
    }

    /// <summary>An absolute http(s) URL in its escaped form (a CR LF inside becomes %0D%0A), or null.</summary>
    public static Uri? Link(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? new Uri(uri.AbsoluteUri)
            : null;
}
