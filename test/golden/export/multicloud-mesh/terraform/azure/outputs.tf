output "az_eastus_virtual_hub_id" {
  description = "Virtual hub of Azure East US"
  value       = azurerm_virtual_hub.az_eastus.id
}

output "az_eastus_vnet_id" {
  description = "VNet of Azure East US"
  value       = azurerm_virtual_network.az_eastus.id
}

output "az_weu_virtual_hub_id" {
  description = "Virtual hub of Azure West Europe"
  value       = azurerm_virtual_hub.az_weu.id
}

output "az_weu_vnet_id" {
  description = "VNet of Azure West Europe"
  value       = azurerm_virtual_network.az_weu.id
}

output "az_sea_virtual_hub_id" {
  description = "Virtual hub of Azure Southeast Asia"
  value       = azurerm_virtual_hub.az_sea.id
}

output "az_sea_vnet_id" {
  description = "VNet of Azure Southeast Asia"
  value       = azurerm_virtual_network.az_sea.id
}

output "az_eastus_vpn_gateway_bgp_settings" {
  description = "Public and BGP addresses of the Azure East US VPN gateway"
  value       = azurerm_vpn_gateway.az_eastus.bgp_settings
}

output "az_weu_vpn_gateway_bgp_settings" {
  description = "Public and BGP addresses of the Azure West Europe VPN gateway"
  value       = azurerm_vpn_gateway.az_weu.bgp_settings
}

output "az_sea_vpn_gateway_bgp_settings" {
  description = "Public and BGP addresses of the Azure Southeast Asia VPN gateway"
  value       = azurerm_vpn_gateway.az_sea.bgp_settings
}
