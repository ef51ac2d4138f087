using System.Globalization;
using Stockbridge.Connectors.Magento1.Simulator.Soap;
using Stockbridge.Connectors.Magento1.Simulator.Soap.Types;

namespace Stockbridge.Connectors.Magento1.Simulator.State;

public sealed partial class MagentoStore
{
    /// <summary>The product types this store accepts.</summary>
    public static IReadOnlySet<string> ProductTypes { get; } = new HashSet<string>(StringComparer.Ordinal) { "simple", "configurable", "virtual" };

    /// <summary>Runs <paramref name="read"/> over the products under the lock.</summary>
    public T ReadProducts<T>(Func<IReadOnlyCollection<MagentoProduct>, T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        lock (_gate) return read(_products.Values);
    }

    /// <summary>A product by id or SKU (identifierType <c>sku</c> or <c>id</c>; without it a number is tried as an id first), or fault 101.</summary>
    public MagentoProduct Find(string? product, string? identifierType)
    {
        if (string.IsNullOrEmpty(product)) throw MagentoFault.MissingParameter("product");
        lock (_gate)
        {
            if (!string.Equals(identifierType, "sku", StringComparison.OrdinalIgnoreCase)
                && int.TryParse(product, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                && _products.Values.FirstOrDefault(p => p.Id == id) is { } byId)
                return byId;
            if (string.Equals(identifierType, "id", StringComparison.OrdinalIgnoreCase)) throw MagentoFault.ProductNotExists();
            return _products.TryGetValue(product, out var bySku) ? bySku : throw MagentoFault.ProductNotExists();
        }
    }

    /// <summary><c>catalogProductCreate</c>: the new product's id; faults 104 (type), 105 (set), 102 (data, duplicate SKU).</summary>
    public int CreateProduct(string? type, string? set, string? sku, CatalogProductCreateEntity? data)
    {
        if (string.IsNullOrEmpty(type)) throw MagentoFault.MissingParameter("type");
        if (string.IsNullOrWhiteSpace(sku)) throw MagentoFault.MissingParameter("sku");
        if (data is null) throw MagentoFault.MissingParameter("productData");
        if (!ProductTypes.Contains(type)) throw MagentoFault.TypeNotAllowed();
        if (!int.TryParse(set, NumberStyles.None, CultureInfo.InvariantCulture, out var setId) || !AttributeSets.ContainsKey(setId)) throw MagentoFault.SetNotExists();
        if (sku.Length > 64) throw MagentoFault.InvalidProductData("SKU length should be 64 characters maximum.");
        if (string.IsNullOrWhiteSpace(data.Name)) throw MagentoFault.InvalidProductData("The value of attribute \"name\" must be set");
        lock (_gate)
        {
            if (_products.ContainsKey(sku)) throw MagentoFault.InvalidProductData("The value of attribute \"SKU\" must be unique");
            var now = Now();
            var product = new MagentoProduct { Id = _nextProductId++, Sku = sku, Type = type, SetId = setId, CreatedAt = now, UpdatedAt = now };
            Validate(product, data);
            Apply(product, data);
            _products[sku] = product;
            return product.Id;
        }
    }

    /// <summary><c>catalogProductUpdate</c>: true; faults 101 (unknown), 102 (bad data).</summary>
    public bool UpdateProduct(string? product, CatalogProductCreateEntity? data, string? identifierType)
    {
        if (data is null) throw MagentoFault.MissingParameter("productData");
        var found = Find(product, identifierType);
        lock (_gate)
        {
            Validate(found, data);
            Apply(found, data);
            found.UpdatedAt = Now();
        }
        return true;
    }

    /// <summary><c>catalogInventoryStockItemUpdate</c>: 1; faults 101 (unknown), 102 (bad qty).</summary>
    public int UpdateStock(string? product, CatalogInventoryStockItemUpdateEntity? data)
    {
        if (data is null) throw MagentoFault.MissingParameter("data");
        var found = Find(product, null);
        lock (_gate)
        {
            ApplyStock(found, data, MagentoFault.StockNotUpdated);
            found.UpdatedAt = Now();
        }
        return 1;
    }

    /// <summary>
    /// The merchant moving a product into another attribute set in Magento's admin (the API has no call for it). In a set
    /// with required attributes (<see cref="RequiredAttributes"/>) the product's next save is refused until they have values.
    /// </summary>
    public void MoveToAttributeSet(string sku, int setId)
    {
        if (!AttributeSets.ContainsKey(setId)) throw new ArgumentOutOfRangeException(nameof(setId), setId, "no such attribute set");
        lock (_gate)
        {
            if (!_products.TryGetValue(sku, out var product)) throw new ArgumentException($"no product with SKU {sku}", nameof(sku));
            product.SetId = setId;
            product.UpdatedAt = Now();
        }
    }

    // Magento validates a product before saving it (Mage_Catalog_Model_Product_Api_V2::update): a required attribute of its
    // set left empty is 'Value for "size" is invalid.' (fault 102), and nothing is saved.
    private static void Validate(MagentoProduct product, CatalogProductCreateEntity data)
    {
        foreach (var code in RequiredAttributes.GetValueOrDefault(product.SetId, []))
        {
            var sent = data.AdditionalAttributes?.SingleData?.LastOrDefault(a => a.Key == code)?.Value;
            if (string.IsNullOrEmpty(sent ?? product.Attributes.GetValueOrDefault(code)))
                throw MagentoFault.InvalidProductData($"Value for \"{code}\" is invalid.");
        }
    }

    // Applies the fields a caller sent; fields it left out keep their values (Magento's update semantics).
    private void Apply(MagentoProduct product, CatalogProductCreateEntity data)
    {
        if (data.Name is { } name) product.Name = name;
        if (data.Description is { } description) product.Description = description;
        if (data.ShortDescription is { } shortDescription) product.ShortDescription = shortDescription;
        if (data.Weight is { } weight) product.Weight = weight;
        if (data.TaxClassId is { } taxClass) product.TaxClassId = taxClass;
        if (data.Price is { } price) product.Price = Amount(price, "price");
        if (data.SpecialPrice is { } special) product.SpecialPrice = special.Length == 0 ? null : Amount(special, "special_price");
        if (data.Status is { } status) product.Status = status is "1" or "2" ? int.Parse(status, CultureInfo.InvariantCulture) : throw MagentoFault.InvalidProductData($"status '{status}' is not 1 (enabled) or 2 (disabled)");
        if (data.Visibility is { } visibility) product.Visibility = visibility is "1" or "2" or "3" or "4" ? int.Parse(visibility, CultureInfo.InvariantCulture) : throw MagentoFault.InvalidProductData($"visibility '{visibility}' is not 1-4");
        if (data.StockData is { } stock) ApplyStock(product, stock, MagentoFault.InvalidProductData);
        foreach (var pair in data.AdditionalAttributes?.SingleData ?? [])
        {
            if (string.IsNullOrEmpty(pair.Key)) continue;
            if (pair.Key == "associated_skus" && product.Type == "configurable") LinkSimples(product, pair.Value ?? "");
            else product.Attributes[pair.Key] = pair.Value ?? "";
        }
    }

    // Links a configurable's simples (a comma-separated SKU list); each must exist.
    private void LinkSimples(MagentoProduct configurable, string skus)
    {
        var wanted = skus.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var sku in wanted)
            if (!_products.TryGetValue(sku, out var simple) || simple.Type != "simple")
                throw MagentoFault.InvalidProductData($"associated product '{sku}' is not a simple product of this store");
        configurable.ChildSkus.Clear();
        configurable.ChildSkus.AddRange(wanted);
    }

    private static void ApplyStock(MagentoProduct product, CatalogInventoryStockItemUpdateEntity stock, Func<string, System.ServiceModel.FaultException> refuse)
    {
        if (stock.ManageStock is { } manage) product.ManageStock = manage == "1";
        if (stock.Qty is { } qty)
        {
            product.Qty = decimal.TryParse(qty, NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed) && parsed >= -99_999_999m && parsed <= 99_999_999m
                ? parsed
                : throw refuse($"qty '{qty}' is not a number");
            if (stock.IsInStock is null) product.IsInStock = product.Qty > 0;
        }
        if (stock.IsInStock is { } inStock) product.IsInStock = inStock == "1";
    }

    private static decimal Amount(string text, string field) =>
        decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) && value >= 0 && value < 1_000_000_000m
            ? value
            : throw MagentoFault.InvalidProductData($"{field} '{text}' is not an amount");
}
