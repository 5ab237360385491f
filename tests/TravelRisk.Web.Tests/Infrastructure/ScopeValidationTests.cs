using Microsoft.Extensions.DependencyInjection;
using TravelRisk.Web.Data;

namespace TravelRisk.Web.Tests.Infrastructure;

/// <summary>
/// The test host checks service lifetimes, so every other test would fail on a captured scoped service.
/// </summary>
public class ScopeValidationTests
{
    [Fact]
    public async Task ScopedServiceFromTheRoot_Throws()
    {
        await using var app = new TravelRiskApp();

        var read = () => app.Services.GetRequiredService<TravelRiskDb>();

        read.Should().Throw<InvalidOperationException>().WithMessage("*scoped*root provider*");
    }
}
