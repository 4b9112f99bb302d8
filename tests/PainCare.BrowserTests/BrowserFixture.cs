using Microsoft.Playwright;
using PainCare.Testing;

namespace PainCare.BrowserTests;

/// <summary>
/// One app server (demo clinic, known test password) and one headless Debian Chromium per test collection. Each test
/// opens its own browser context, so cookies and storage never leak between tests. No browser is ever downloaded.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public AppServer Server { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public static string ScreenshotFolder => Path.Combine(RepositoryPaths.Root, "TestResults", "screenshots");

    public async Task InitializeAsync()
    {
        // Assertions wait as long as actions do (15 s, below): a round trip over the circuit can take seconds on a loaded machine.
        Assertions.SetDefaultExpectTimeout(15_000);
        Server = await AppServer.StartAsync();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("PAINCARE_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A page in a fresh browser context, on the shared server unless another is named.</summary>
    public Task<IPage> NewPageAsync(AppServer? server = null, int width = 1280, int height = 800) =>
        NewPageAsync((server ?? Server).BaseAddress, width, height);

    /// <summary>A page in a fresh browser context on any address, such as a proxy in front of several servers.</summary>
    public async Task<IPage> NewPageAsync(Uri baseAddress, int width = 1280, int height = 800)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            Locale = "en-GB",
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    public Task<IPage> SignInAsync(string email, AppServer? server = null, int width = 1280, int height = 800) =>
        SignInAsync(email, (server ?? Server).BaseAddress, width, height);

    public async Task<IPage> SignInAsync(string email, Uri baseAddress, int width = 1280, int height = 800)
    {
        var page = await NewPageAsync(baseAddress, width, height);
        await page.GotoAsync("account/sign-in");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(AppServer.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/sign-in", StringComparison.Ordinal));
        return page;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (Server is not null)
        {
            await Server.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
