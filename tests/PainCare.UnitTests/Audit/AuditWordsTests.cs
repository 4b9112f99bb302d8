using PainCare.Web.Features.Audit;

namespace PainCare.UnitTests.Audit;

public sealed class AuditWordsTests
{
    [Fact]
    public void EveryAuditAction_HasWords_SoTheAuditPageShowsNoCode()
    {
        var codesShownAsCodes = AuditActions.All.Where(a => AuditWords.Action(a) == a);

        Assert.Empty(codesShownAsCodes);
        Assert.Equal(AuditActions.All.Count, AuditActions.All.Select(AuditWords.Action).Distinct(StringComparer.Ordinal).Count());
    }
}
