variable "subscription_id" {
  description = "Azure subscription to deploy into"
  type        = string
}

variable "resource_group_name" {
  description = "Resource group for the network"
  type        = string
  default     = "rg-netstudio-network"
}

variable "az_weu_hub_prefix" {
  description = "Address prefix of the Azure West Europe {{ lookup('pipe','id') }} virtual hub (at least a /24)"
  type        = string
  default     = "10.15.62.0/23"
}

variable "az_weu_subnet_cidrs" {
  description = "Subnet per segment in Azure West Europe {{ lookup('pipe','id') }}"
  type        = map(string)
  default = {
    mgmt  = "10.15.48.0/22"
    users = "10.15.12.0/22"
  }
}

variable "az_neu_hub_prefix" {
  description = "Address prefix of the Azure North Europe virtual hub (at least a /24)"
  type        = string
  default     = "10.8.254.0/23"
}

variable "az_neu_subnet_cidrs" {
  description = "Subnet per segment in Azure North Europe"
  type        = map(string)
  default = {
    mgmt  = "10.8.240.0/22"
    users = "10.8.204.0/22"
  }
}

variable "dc_xr_asn" {
  description = "BGP ASN of XR core \"quoted\" $$${x}"
  type        = number
  default     = 65401
}

variable "xr_er_service_provider" {
  description = "ExpressRoute connectivity provider of xr-er"
  type        = string
  default     = "Equinix"
}

variable "xr_er_peering_location" {
  description = "ExpressRoute peering location of xr-er"
  type        = string
}

variable "xr_er_vlan" {
  description = "VLAN of the private peering of xr-er"
  type        = number
}

variable "dc_nx_public_ip" {
  description = "Public IP of the VPN endpoint at yes"
  type        = string
}

variable "dc_nx_asn" {
  description = "BGP ASN of yes"
  type        = number
  default     = 65402
}

variable "nx_vpn_az_tunnel1_psk" {
  description = "Pre-shared key of nx-vpn-az"
  type        = string
  sensitive   = true
}

variable "portal_dns_label" {
  description = "Traffic Manager DNS label of Portal {% raw %} (<label>.trafficmanager.net)"
  type        = string
}

variable "portal_az_weu_endpoint" {
  description = "Host name of Portal {% raw %} in Azure West Europe {{ lookup('pipe','id') }}"
  type        = string
}

variable "portal_az_neu_endpoint" {
  description = "Host name of Portal {% raw %} in Azure North Europe"
  type        = string
}
