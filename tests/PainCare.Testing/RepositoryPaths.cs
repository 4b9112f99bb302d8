namespace PainCare.Testing;

public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>Debug or Release: whichever the running tests were built with, so the app started matches them.</summary>
    public static string Configuration { get; } =
        AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";

    public static string WebProjectDirectory => Path.Combine(Root, "src", "PainCare.Web");

    public static string WebAssembly => Path.Combine(WebProjectDirectory, "bin", Configuration, "net10.0", "PainCare.Web.dll");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "PainCare.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Could not find PainCare.sln above " + AppContext.BaseDirectory);
    }
}
