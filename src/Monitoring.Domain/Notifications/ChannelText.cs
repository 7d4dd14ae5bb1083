using System.Text.RegularExpressions;

namespace Monitoring.Domain.Notifications;

/// <summary>The forms of channel targets: URLs, email addresses and phone numbers.</summary>
internal static partial class ChannelText
{
    public static bool IsHttpUrl(string text) =>
        text.Length <= BookLimits.UrlLength
        && text.All(c => c is > ' ' and < '\u007f')
        && Uri.TryCreate(text, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.Host.Length > 0
        && uri.UserInfo.Length == 0;

    // RFC 5321 bounds with a plain form: a local part of printable ASCII without spaces, and a host
    // name of at least two labels. Display names ("Ann <ann@x.io>") are not addresses.
    public static bool IsEmail(string text) => text.Length <= 254 && Email().IsMatch(text);

    public static bool IsE164(string text) => E164().IsMatch(text);

    [GeneratedRegex(@"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}@(?=.{4,253}\z)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}\z", RegexOptions.CultureInvariant)]
    private static partial Regex Email();

    [GeneratedRegex(@"^\+[1-9][0-9]{6,14}\z", RegexOptions.CultureInvariant)]
    private static partial Regex E164();
}
