namespace PainCare.Deidentification;

/// <summary>The identifier categories of the spec.</summary>
public static class Categories
{
    public const string Name = "name";
    public const string Date = "date";
    public const string Age = "age";
    public const string Location = "location";
    public const string Contact = "contact";
    public const string Id = "id";
    public const string Organisation = "organisation";
}
