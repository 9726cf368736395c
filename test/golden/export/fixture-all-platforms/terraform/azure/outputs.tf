output "az_weu_virtual_hub_id" {
  description = "Virtual hub of Azure West Europe {{ lookup('pipe','id') }}"
  value       = azurerm_virtual_hub.az_weu.id
}

output "az_weu_vnet_id" {
  description = "VNet of Azure West Europe {{ lookup('pipe','id') }}"
  value       = azurerm_virtual_network.az_weu.id
}

output "az_neu_virtual_hub_id" {
  description = "Virtual hub of Azure North Europe"
  value       = azurerm_virtual_hub.az_neu.id
}

output "az_neu_vnet_id" {
  description = "VNet of Azure North Europe"
  value       = azurerm_virtual_network.az_neu.id
}

output "xr_er_az_weu_service_key" {
  description = "Service key of xr-er for the connectivity provider"
  value       = azurerm_express_route_circuit.xr_er_az_weu.service_key
  sensitive   = true
}

output "az_neu_vpn_gateway_bgp_settings" {
  description = "Public and BGP addresses of the Azure North Europe VPN gateway"
  value       = azurerm_vpn_gateway.az_neu.bgp_settings
}

output "portal_fqdn" {
  description = "DNS name of Portal {% raw %}"
  value       = azurerm_traffic_manager_profile.portal.fqdn
}
