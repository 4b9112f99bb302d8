namespace PainCare.Data.Seeding;

/// <summary>Entirely synthetic people for the demo clinic. Any resemblance to real people is coincidental.</summary>
internal static class DemoPeople
{
    public static readonly (string Given, char Pronoun)[] GivenNames =
    [
        ("Amara", 'f'), ("Declan", 'm'), ("Mei", 'f'), ("Tobias", 'm'), ("Aroha", 'f'), ("Rashid", 'm'), ("Siobhan", 'f'),
        ("Kwame", 'm'), ("Ingrid", 'f'), ("Mateo", 'm'), ("Priyanka", 'f'), ("Callum", 'm'), ("Yusra", 'f'), ("Bram", 'm'),
        ("Noor", 'f'), ("Desmond", 'm'), ("Lowri", 'f'), ("Tane", 'm'), ("Beatriz", 'f'), ("Oskar", 'm'), ("Hana", 'f'),
        ("Ellis", 'm'), ("Fenella", 'f'), ("Jarrah", 'm'),
    ];

    public static readonly string[] FamilyNames =
    [
        "Adeyemi", "Brennan", "Chowdhury", "Dlamini", "Eriksen", "Fitzgerald", "Gallagher", "Haddad", "Iwasaki", "Jovanovic",
        "Kowalczyk", "Lindqvist", "MacAulay", "Nakamura", "O'Donoghue", "Papadopoulos", "Quinlan", "Rahman", "Sandoval",
        "Takahashi", "Underwood", "Vasquez", "Whitlock", "Yildiz",
    ];

    public static readonly string[] Streets = ["Rowan Close", "Albion Street", "Mill Lane", "Kingfisher Way", "Station Road", "Wattle Grove", "Harbour View"];

    public static readonly string[] Towns = ["Ashbourne", "Ballarat", "Whanganui", "Kilkenny", "Penrith", "Matlock", "Bendigo"];

    public static readonly string[] RelativeNames = ["Colin", "Marguerite", "Dev", "Rosa", "Lachlan", "Tamsin", "Niall", "Farah"];

    public static readonly string[] Relations = ["partner", "daughter", "son", "sister", "husband", "wife"];

    public static readonly (string Name, string Email)[] Clinicians =
    [
        ("Sam Okafor", "sam.okafor@paincare.test"),
        ("Priya Nair", "priya.nair@paincare.test"),
        ("Tom Ferris", "tom.ferris@paincare.test"),
    ];

    public static readonly (string Name, string Email) Supervisor = ("Helen Mayo", "helen.mayo@paincare.test");

    public static readonly (string Name, string Email) Admin = ("Clinic Administrator", "admin@paincare.test");

    /// <summary>A 10-digit number in the 999 range (never issued as a real NHS number) with a valid modulus-11 check digit.</summary>
    public static string HealthcareNumber(Random random)
    {
        while (true)
        {
            var digits = new int[10];
            digits[0] = 9;
            digits[1] = 9;
            digits[2] = 9;
            for (var i = 3; i < 9; i++)
            {
                digits[i] = random.Next(10);
            }

            var sum = 0;
            for (var i = 0; i < 9; i++)
            {
                sum += digits[i] * (10 - i);
            }

            var check = 11 - (sum % 11);
            if (check == 10)
            {
                continue;
            }

            digits[9] = check == 11 ? 0 : check;
            var text = string.Concat(digits);
            return $"{text[..3]} {text[3..6]} {text[6..]}";
        }
    }
}
