namespace PainCare.UnitTests.Reflection;

/// <summary>
/// Locates the shared folder (seeds, eval) beside the repository: walk up from the test binaries to the folder
/// holding PainCare.sln, then ../shared. A missing file fails the test with a clear message; it is never skipped.
/// </summary>
internal static class SharedFiles
{
    public static string Folder(params string[] parts)
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !System.IO.File.Exists(Path.Combine(folder.FullName, "PainCare.sln")))
        {
            folder = folder.Parent;
        }

        if (folder is null)
        {
            Assert.Fail($"PainCare.sln not found above {AppContext.BaseDirectory}");
        }

        var path = Path.GetFullPath(Path.Combine([folder.FullName, "..", "shared", .. parts]));
        Assert.True(Directory.Exists(path), $"Shared folder missing: expected {path} (shared/ beside the repository).");
        return path;
    }

    public static string File(string folder, string pattern)
    {
        var directory = Folder(folder);
        var match = Directory.GetFiles(directory, pattern).OrderBy(f => f, StringComparer.Ordinal).FirstOrDefault();
        return match ?? throw new Xunit.Sdk.XunitException($"Shared file missing: expected {pattern} in {directory}. The test cannot run without it.");
    }
}
