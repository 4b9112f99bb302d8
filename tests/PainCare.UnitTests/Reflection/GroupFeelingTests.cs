using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>A group's or a crowd's feelings ("their frustration", "many said they feel") are not the patient's.</summary>
public sealed class GroupFeelingTests
{
    [Theory]
    [InlineData("Group session 3. The group talked about their frustration with long waits for scans. Covered pacing.")]
    [InlineData("Several members shared their anger at hearing the pain was imagined. We did the relaxation script.")]
    [InlineData("Everyone expressed their worry about returning to work. Discussed graded return.")]
    [InlineData("Group education on the stress response; many said they feel exhausted by the pain.")]
    [InlineData("The class was frustrated that the hall was cold again. Circuit of six stations.")]
    public void GroupsFeeling_DoesNotFireAttunement(string text)
    {
        Assert.DoesNotContain(Categories.Attunement, Reflect.Categories(text));
    }

    [Fact]
    public void OnePatientsTearsInAGroup_StillFireAttunement()
    {
        Assert.Contains(Categories.Attunement, Reflect.Categories("In the group she became tearful talking about her husband's death and the others sat with her."));
    }
}
