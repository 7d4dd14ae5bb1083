using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Polly.Timeout;

namespace Monitoring.Notifications.Channels;

/// <summary>
/// POSTs a rendered JSON body through the notifications HTTP client (timeout per attempt and quick
/// retries for transient errors in its resilience pipeline) and tells the outcome: 2xx accepted;
/// 408, 425, 429 and 5xx (and network errors and timeouts) failed for now; any other status failed
/// for good, since sending the same message again would be refused the same way.
/// </summary>
internal sealed class HttpPost(IHttpClientFactory clients)
{
    public const string ClientName = "monitoring-notifications";
    private const int MaxBodyInError = 200;

    public async Task<SendOutcome> SendAsync(
        Uri url, byte[] body, IReadOnlyList<KeyValuePair<string, string>> headers, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url);
        request.Content = new ByteArrayContent(body);
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        try
        {
            using var response = await clients.CreateClient(ClientName).SendAsync(request, cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                return SendOutcome.Ok;
            }

            var error = await DescribeAsync(response, cancellationToken);
            return IsTransient(response.StatusCode) ? SendOutcome.Retry(error) : SendOutcome.Fatal(error);
        }
        catch (HttpRequestException ex)
        {
            return SendOutcome.Retry("network: " + ex.Message);
        }
        catch (TimeoutRejectedException)
        {
            return SendOutcome.Retry("timeout: the receiver did not answer in time");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return SendOutcome.Retry("timeout: the receiver did not answer in time");
        }
    }

    public static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests or (HttpStatusCode)425 || (int)status >= 500;

    private static async Task<string> DescribeAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = string.Empty;
        try
        {
            text = await response.Content.ReadAsStringAsync(cancellationToken);
        }
        catch (HttpRequestException)
        {
            // The status says enough.
        }

        text = text.Length > MaxBodyInError ? text[..MaxBodyInError] + "…" : text;
        var status = ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture);
        return text.Length == 0 ? $"HTTP {status} {response.ReasonPhrase}" : $"HTTP {status} {response.ReasonPhrase}: {text}";
    }
}
