using System.Net;
using System.Text.RegularExpressions;

namespace PainCare.Testing;

/// <summary>Posts the app's server-rendered forms the way a browser without JavaScript would: cookies, antiforgery and all.</summary>
public sealed partial class FormClient : IDisposable
{
    private readonly HttpClient _client;

    /// <summary>A client with its own cookies; <paramref name="headers"/> go with every request, as a proxy would add them.</summary>
    public FormClient(Uri baseAddress, CookieContainer? cookies = null, IReadOnlyDictionary<string, string>? headers = null)
    {
        Cookies = cookies ?? new CookieContainer();
        _client = new HttpClient(new HttpClientHandler { CookieContainer = Cookies, AllowAutoRedirect = false }) { BaseAddress = baseAddress };
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            _client.DefaultRequestHeaders.Add(name, value);
        }
    }

    public CookieContainer Cookies { get; }

    public Task<HttpResponseMessage> GetAsync(string path) => _client.GetAsync(path);

    /// <summary>An empty POST without an antiforgery token, as a cross-site form would send.</summary>
    public Task<HttpResponseMessage> PostAsync(string path) => _client.PostAsync(path, new FormUrlEncodedContent([]));

    /// <summary>
    /// Loads the page, copies its hidden fields (antiforgery token, form handler) and posts them with <paramref name="fields"/>.
    /// The page's first Blazor form unless <paramref name="formName"/> names its handler or <paramref name="formAction"/> its action.
    /// </summary>
    public async Task<HttpResponseMessage> SubmitAsync(string path, IReadOnlyDictionary<string, string> fields, string? formName = null, string? formAction = null)
    {
        using var page = await _client.GetAsync(path);
        var html = await page.Content.ReadAsStringAsync();
        if (page.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET {path} returned {(int)page.StatusCode}");
        }

        // The page's own Blazor form is the one naming a handler; the header's sign-out form does not.
        var formHtml = Form().Matches(html).FirstOrDefault(m => formAction is not null
                ? WebUtility.HtmlDecode(m.Groups["action"].Value).TrimStart('/') == formAction.TrimStart('/')
                : m.Value.Contains(formName is null ? "name=\"_handler\"" : $"name=\"_handler\" value=\"{formName}\"", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"No form on {path}");
        var form = HiddenInput().Matches(formHtml.Value).ToDictionary(m => WebUtility.HtmlDecode(m.Groups["name"].Value), m => WebUtility.HtmlDecode(m.Groups["value"].Value));
        foreach (var (key, value) in fields)
        {
            form[key] = value;
        }

        var action = WebUtility.HtmlDecode(formHtml.Groups["action"].Value);
        return await _client.PostAsync(action.TrimStart('/'), new FormUrlEncodedContent(form));
    }

    /// <summary>The page's form fields (antiforgery token, handler) and its action, read once so many posts can reuse them.</summary>
    public async Task<(string Action, Dictionary<string, string> Hidden)> ReadFormAsync(string path)
    {
        using var page = await _client.GetAsync(path);
        var html = await page.Content.ReadAsStringAsync();
        var formHtml = Form().Matches(html).FirstOrDefault(m => m.Value.Contains("name=\"_handler\"", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"No form on {path}");
        var hidden = HiddenInput().Matches(formHtml.Value).ToDictionary(m => WebUtility.HtmlDecode(m.Groups["name"].Value), m => WebUtility.HtmlDecode(m.Groups["value"].Value));
        return (WebUtility.HtmlDecode(formHtml.Groups["action"].Value).TrimStart('/'), hidden);
    }

    public Task<HttpResponseMessage> PostAsync(string action, IEnumerable<KeyValuePair<string, string>> fields) =>
        _client.PostAsync(action, new FormUrlEncodedContent(fields));

    public async Task<HttpResponseMessage> SignInAsync(string email, string password)
    {
        var response = await SubmitAsync("account/sign-in", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });
        return response;
    }

    public void Dispose() => _client.Dispose();

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>[^\"]+)\" value=\"(?<value>[^\"]*)\"")]
    private static partial Regex HiddenInput();

    [GeneratedRegex("<form[^>]*\\saction=\"(?<action>[^\"]+)\"[^>]*>.*?</form>", RegexOptions.Singleline)]
    private static partial Regex Form();
}
