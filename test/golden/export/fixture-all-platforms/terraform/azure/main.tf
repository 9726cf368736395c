resource "azurerm_resource_group" "network" {
  name     = var.resource_group_name
  location = "westeurope"
  tags = {
    ManagedBy         = "netstudio"
    netstudio-element = "design"
  }
}

resource "azurerm_virtual_wan" "wan" {
  name                           = "vwan-netstudio"
  resource_group_name            = azurerm_resource_group.network.name
  location                       = azurerm_resource_group.network.location
  type                           = "Standard"
  allow_branch_to_branch_traffic = true
  tags = {
    ManagedBy         = "netstudio"
    netstudio-element = "design"
  }
}

# Azure West Europe {{ lookup('pipe','id') }} (az-weu)

resource "azurerm_virtual_hub" "az_weu" {
  name                = "vhub-az-weu"
  resource_group_name = azurerm_resource_group.network.name
  location            = "westeurope"
  virtual_wan_id      = azurerm_virtual_wan.wan.id
  address_prefix      = var.az_weu_hub_prefix
  tags = {
    ManagedBy         = "netstudio"
    netstudio-element = "az-weu"
  }
}

resource "azurerm_virtual_network" "az_weu" {
  name                = "vnet-az-weu"
  resource_group_name = azurerm_resource_group.network.name
  location            = "westeurope"
  address_space       = values(var.az_weu_subnet_cidrs)
  tags = {
    ManagedBy         = "netstudio"
    netstudio-element = "az-weu"
  }
}

resource "azurerm_subnet" "az_weu_mgmt" {
  name                 = "snet-mgmt"
  resource_group_name  = azurerm_resource_group.network.name
  virtual_network_name = azurerm_virtual_network.az_weu.name
  address_prefixes     = [var.az_weu_subnet_cidrs["mgmt"]]
}

resource "azurerm_subnet" "az_weu_users" {
  name                 = "snet-users"
  resource_group_name  = azurerm_resource_group.network.name
  virtual_network_name = azurerm_virtual_network.az_weu.name
  address_prefixes     = [var.az_weu_subnet_cidrs["users"]]
}

resource "azurerm_virtual_hub_connection" "az_weu" {
  name                      = "conn-az-weu"
  virtual_hub_id            = azurerm_virtual_hub.az_weu.id
  remote_virtual_network_id = azurerm_virtual_network.az_weu.id
}

# Azure North Europe (az-neu)

resource "azurerm_virtual_hub" "az_neu" {
  name                = "vhub-az-neu"
  resource_group_name = azurerm_resource_group.network.name
  location            = "northeurope"
  virtual_wan_id      = azurerm_virtual_wan.wan.id
  address_prefix      = var.az_neu_hub_prefix
  tags = {
    ManagedBy         = "netstudio"
    netstudio-element = "az-neu"
  }
}

resource "azurerm_virtual_network" "az_neu" {
  name                = "vnet-az-neu"
  resource_group_name = azurerm_resource_group.network.name
  location            = "northeurope"
  address_space       = values(var.az_neu_subnet_cidrs)
  tags = {
    ManagedBy         = "netstudio"
    netstudio-element = "az-neu"
  }
}

resource "azurerm_subnet" "az_neu_mgmt" {
  name                 = "snet-mgmt"
  resource_group_name  = azurerm_resource_group.network.name
  virtual_network_name = azurerm_virtual_network.az_neu.name
  address_prefixes     = [var.az_neu_subnet_cidrs["mgmt"]]
}

resource "azurerm_subnet" "az_neu_users" {
  name                 = "snet-users"
  resource_group_name  = azurerm_resource_group.network.name
  virtual_network_name = azurerm_virtual_network.az_neu.name
  address_prefixes     = [var.az_neu_subnet_cidrs["users"]]
}

resource "azurerm_virtual_hub_connection" "az_neu" {
  name                      = "conn-az-neu"
  virtual_hub_id            = azurerm_virtual_hub.az_neu.id
  remote_virtual_network_id = azurerm_virtual_network.az_neu.id
}

# ExpressRoute ${var.secret}: ExpressRoute from az-weu to dc-xr

resource "azurerm_express_route_circuit" "xr_er_az_weu" {
  name                  = "erc-xr-er-az-weu"
  resource_group_name   = azurerm_resource_group.network.name
  location              = azurerm_virtual_hub.az_weu.location
  service_provider_name = var.xr_er_service_provider
  peering_location      = var.xr_er_peering_location
  bandwidth_in_mbps     = 1000

  sku {
    tier   = "Standard"
    family = "MeteredData"
  }
}

resource "azurerm_express_route_circuit_peering" "xr_er_az_weu" {
  peering_type                  = "AzurePrivatePeering"
  express_route_circuit_name    = azurerm_express_route_circuit.xr_er_az_weu.name
  resource_group_name           = azurerm_resource_group.network.name
  peer_asn                      = var.dc_xr_asn
  primary_peer_address_prefix   = "169.254.126.136/30"
  secondary_peer_address_prefix = "169.254.126.140/30"
  vlan_id                       = var.xr_er_vlan
}

resource "azurerm_express_route_gateway" "az_weu" {
  name                = "ergw-az-weu"
  resource_group_name = azurerm_resource_group.network.name
  location            = azurerm_virtual_hub.az_weu.location
  virtual_hub_id      = azurerm_virtual_hub.az_weu.id
  scale_units         = 1
}

resource "azurerm_express_route_connection" "xr_er_az_weu" {
  name                             = "erconn-xr-er-az-weu"
  express_route_gateway_id         = azurerm_express_route_gateway.az_weu.id
  express_route_circuit_peering_id = azurerm_express_route_circuit_peering.xr_er_az_weu.id
}

resource "azurerm_vpn_gateway" "az_neu" {
  name                = "vpngw-az-neu"
  resource_group_name = azurerm_resource_group.network.name
  location            = azurerm_virtual_hub.az_neu.location
  virtual_hub_id      = azurerm_virtual_hub.az_neu.id
  scale_unit          = 1
}

# nx-vpn-az: VPN from az-neu to dc-nx

resource "azurerm_vpn_site" "nx_vpn_az_az_neu" {
  name                = "site-nx-vpn-az-az-neu"
  resource_group_name = azurerm_resource_group.network.name
  location            = azurerm_virtual_hub.az_neu.location
  virtual_wan_id      = azurerm_virtual_wan.wan.id

  link {
    name          = "link-1"
    ip_address    = var.dc_nx_public_ip
    speed_in_mbps = 500

    bgp {
      asn             = var.dc_nx_asn
      peering_address = "169.254.75.178"
    }
  }
}

resource "azurerm_vpn_gateway_connection" "nx_vpn_az_az_neu" {
  name               = "conn-nx-vpn-az-az-neu"
  vpn_gateway_id     = azurerm_vpn_gateway.az_neu.id
  remote_vpn_site_id = azurerm_vpn_site.nx_vpn_az_az_neu.id

  vpn_link {
    name             = "link-1"
    vpn_site_link_id = azurerm_vpn_site.nx_vpn_az_az_neu.link[0].id
    shared_key       = var.nx_vpn_az_tunnel1_psk
    bgp_enabled      = true
    protocol         = "IKEv2"
  }
}

# Portal {% raw %} (portal): Traffic Manager priority routing

resource "azurerm_traffic_manager_profile" "portal" {
  name                   = "tm-portal"
  resource_group_name    = azurerm_resource_group.network.name
  traffic_routing_method = "Priority"

  dns_config {
    relative_name = var.portal_dns_label
    ttl           = 30
  }
  monitor_config {
    protocol                     = "HTTPS"
    port                         = 443
    path                         = "/health"
    interval_in_seconds          = 10
    timeout_in_seconds           = 5
    tolerated_number_of_failures = 3
  }
  tags = {
    ManagedBy         = "netstudio"
    netstudio-element = "portal"
  }
}

resource "azurerm_traffic_manager_external_endpoint" "portal_az_weu" {
  name              = "ep-az-weu"
  profile_id        = azurerm_traffic_manager_profile.portal.id
  target            = var.portal_az_weu_endpoint
  endpoint_location = "westeurope"
  priority          = 2
  weight            = 100
}

resource "azurerm_traffic_manager_external_endpoint" "portal_az_neu" {
  name              = "ep-az-neu"
  profile_id        = azurerm_traffic_manager_profile.portal.id
  target            = var.portal_az_neu_endpoint
  endpoint_location = "northeurope"
  priority          = 1
  weight            = 100
}
