using ArchUnitNET.Domain;
using ArchUnitNET.Fluent;
using ArchUnitNET.Loader;
using ArchUnitNET.xUnit;
using static ArchUnitNET.Fluent.ArchRuleDefinition;

namespace TravelRisk.Web.Tests.Architecture;

/// <summary>
/// The one-way flow of docs/architecture.md: Components, Api and Cli → Services and Security → Data → Domain,
/// with Contracts (the request and response shapes) used by the layers above Data and depending on Domain only.
/// A failure names the type and the dependency that points the wrong way.
/// </summary>
public class LayerTests
{
    static readonly ArchUnitNET.Domain.Architecture Web = new ArchLoader()
        .LoadAssemblies(typeof(Program).Assembly, typeof(Domain.Travel.Trip).Assembly).Build();

    static IObjectProvider<IType> In(string folder) =>
        Types().That().ResideInNamespaceOrBelow($"TravelRisk.Web.{folder}").As(folder);

    static readonly IObjectProvider<IType> Components = In("Components");
    static readonly IObjectProvider<IType> Api = In("Api");
    static readonly IObjectProvider<IType> Cli = In("Cli");
    static readonly IObjectProvider<IType> Services = In("Services");
    static readonly IObjectProvider<IType> Security = In("Security");
    static readonly IObjectProvider<IType> Contracts = In("Contracts");
    static readonly IObjectProvider<IType> Data = In("Data");

    public static TheoryData<string> Rules => [.. Forbidden.Keys];

    static readonly Dictionary<string, IArchRule> Forbidden = new()
    {
        ["Data points at nothing above it"] = Types().That().Are(Data).Should()
            .NotDependOnAny(Services).AndShould().NotDependOnAny(Security).AndShould().NotDependOnAny(Contracts)
            .AndShould().NotDependOnAny(Api).AndShould().NotDependOnAny(Components).AndShould().NotDependOnAny(Cli),
        ["Contracts depend on Domain only"] = Types().That().Are(Contracts).Should()
            .NotDependOnAny(Data).AndShould().NotDependOnAny(Services).AndShould().NotDependOnAny(Security)
            .AndShould().NotDependOnAny(Api).AndShould().NotDependOnAny(Components).AndShould().NotDependOnAny(Cli),
        ["Services and Security know neither the pages, the endpoints nor the commands"] = Types()
            .That().Are(Services).Or().Are(Security).Should()
            .NotDependOnAny(Api).AndShould().NotDependOnAny(Components).AndShould().NotDependOnAny(Cli),
        ["Services and Security do not use each other"] = Types().That().Are(Services).Should().NotDependOnAny(Security)
            .And(Types().That().Are(Security).Should().NotDependOnAny(Services)),
        ["Pages go through Services, not the database"] = Types().That().Are(Components).Should()
            .NotDependOnAny(Data).AndShould().NotDependOnAny(Api).AndShould().NotDependOnAny(Cli),
        ["Endpoints go through Services, not the database"] = Types().That().Are(Api).Should()
            .NotDependOnAny(Data).AndShould().NotDependOnAny(Components).AndShould().NotDependOnAny(Cli),
        ["Commands use no page or endpoint"] = Types().That().Are(Cli).Should()
            .NotDependOnAny(Components).AndShould().NotDependOnAny(Api),
        ["Domain knows nothing of the app"] = Types()
            .That().ResideInAssembly(typeof(Domain.Travel.Trip).Assembly).Should()
            .NotDependOnAnyTypesThat().ResideInAssembly(typeof(Program).Assembly),
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public void Layer(string rule) => Forbidden[rule].Check(Web);

    [Fact]
    public void Domain_ReferencesNeitherAspNetCoreNorEntityFramework()
    {
        var references = typeof(Domain.Travel.Trip).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        references.Should().NotContain(n => n.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal)
            || n.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal));
    }

    [Fact]
    public void EveryLayerHasTypes_SoARenamedFolderCannotEmptyARule()
    {
        foreach (var layer in new[] { Components, Api, Cli, Services, Security, Contracts, Data })
            layer.GetObjects(Web).Should().NotBeEmpty(layer.Description);
    }
}
