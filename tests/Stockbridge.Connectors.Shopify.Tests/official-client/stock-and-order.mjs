// Shopify's own Admin API client, unchanged, runs a stock update and an order read against the Stockbridge simulator:
// inventorySetQuantities with an idempotency key, changeFromQuantity and changes(quantityNames:) in the selection, then
// an order with its customer's defaultEmailAddress and each line's discountAllocations.
import { simulatorClient } from './simulator-client.mjs';

const { client, env } = simulatorClient(['INVENTORY_ITEM_ID', 'LOCATION_ID', 'ORDER_ID']);
const { INVENTORY_ITEM_ID, LOCATION_ID, ORDER_ID } = env;

const setStock = await client.request(
  `mutation SetStock($input: InventorySetQuantitiesInput!, $key: String!) {
    inventorySetQuantities(input: $input) @idempotent(key: $key) {
      inventoryAdjustmentGroup { id reason referenceDocumentUri changes(quantityNames: ["available", "on_hand"]) { name delta quantityAfterChange } }
      userErrors { field message code }
    }
  }`,
  {
    variables: {
      key: crypto.randomUUID(),
      input: {
        name: 'available',
        reason: 'correction',
        referenceDocumentUri: 'gid://official-client/Check/1',
        quantities: [{ inventoryItemId: INVENTORY_ITEM_ID, locationId: LOCATION_ID, quantity: 12, changeFromQuantity: 4 }],
      },
    },
  },
);

const money = '{ shopMoney { amount currencyCode } }';
const readOrder = await client.request(
  `query Order($id: ID!) {
    order(id: $id) {
      name email poNumber currentSubtotalPriceSet ${money} currentTotalDiscountsSet ${money} totalOutstandingSet ${money}
      customer { defaultEmailAddress { emailAddress } }
      discountApplications(first: 5) { nodes { __typename index } }
      lineItems(first: 10) { nodes { sku discountAllocations {
        allocatedAmountSet ${money}
        discountApplication { __typename allocationMethod targetType
          value { ... on MoneyV2 { amount } ... on PricingPercentageValue { percentage } }
          ... on DiscountCodeApplication { code } ... on ManualDiscountApplication { title } ... on AutomaticDiscountApplication { title } }
      } } }
      shippingLines(first: 5) { nodes { discountAllocations { allocatedAmountSet ${money} } } }
    }
  }`,
  { variables: { id: ORDER_ID } },
);

for (const answer of [setStock, readOrder]) {
  if (answer.errors) {
    console.error(JSON.stringify(answer.errors));
    process.exit(1);
  }
}
console.log(JSON.stringify({ setStock: setStock.data.inventorySetQuantities, order: readOrder.data.order }));
