using System.Text.Json;
using System.Text.RegularExpressions;
using PainCare.Domain.Narratives;
using PainCare.Testing;
using PainCare.Web.Features.Sessions;

namespace PainCare.UnitTests.Narratives;

/// <summary>The editor's script and the server name the same four save outcomes (ADR 0220).</summary>
public sealed partial class SaveStatusCodesTests
{
    [Fact]
    public void EverySaveStatus_ReachesTheScriptAsACodeItsSaveStatusObjectNames()
    {
        var sent = Enum.GetValues<SaveStatus>()
            .Select(s => JsonSerializer.SerializeToElement(new DraftSaveResult(s, 0, null, null, null), JsonSerializerOptions.Web).GetProperty("status").GetString())
            .ToList();

        var script = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "src", "PainCare.Web", "wwwroot", "js", "narrative-editor.js"));
        var declared = ScriptCodes().Match(script);

        Assert.True(declared.Success, "narrative-editor.js declares no SaveStatus object.");
        Assert.Equal(["saved", "conflict", "refused", "not-found"], sent);
        Assert.Equal(sent, CodeValue().Matches(declared.Groups[1].Value).Select(m => m.Groups[1].Value));
    }

    [Fact]
    public void AStatusOutsideTheFixedSet_IsNotRead()
    {
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<DraftSaveResult>("""{"status":"maybe","revision":0}""", JsonSerializerOptions.Web));
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<DraftSaveResult>("""{"status":1,"revision":0}""", JsonSerializerOptions.Web));
    }


    [GeneratedRegex(@"export const SaveStatus = Object\.freeze\(\{([^}]*)\}\)")]
    private static partial Regex ScriptCodes();

    [GeneratedRegex(@":\s*'([^']*)'")]
    private static partial Regex CodeValue();
}
