variable "project_id" {
  description = "GCP project that owns the network"
  type        = string
}

variable "gcp_euw4_subnet_cidrs" {
  description = "Subnetwork per segment in GCP europe-west4"
  type        = map(string)
  default = {
    mgmt  = "10.15.112.0/22"
    users = "10.15.76.0/22"
  }
}

variable "gcp_euw1_subnet_cidrs" {
  description = "Subnetwork per segment in GCP europe-west1"
  type        = map(string)
  default = {
    mgmt  = "10.7.176.0/22"
    users = "10.7.140.0/22"
  }
}

variable "gcp_euw1_asn" {
  description = "BGP ASN of the GCP europe-west1 Cloud Router"
  type        = number
  default     = 4281827936
}

variable "edge_lx_public_ip" {
  description = "Public IP of the VPN endpoint at Linux edge second line"
  type        = string
}

variable "edge_lx_public_ip_2" {
  description = "Second public IP of the VPN endpoint at Linux edge second line"
  type        = string
}

variable "edge_lx_asn" {
  description = "BGP ASN of Linux edge second line"
  type        = number
  default     = 65403
}

variable "lx_vpn_gcp_tunnel1_psk" {
  description = "Pre-shared key of tunnel 1 of lx-vpn-gcp"
  type        = string
  sensitive   = true
}

variable "lx_vpn_gcp_tunnel2_psk" {
  description = "Pre-shared key of tunnel 2 of lx-vpn-gcp"
  type        = string
  sensitive   = true
}

variable "dns_managed_zone" {
  description = "Cloud DNS managed zone (name) for service records"
  type        = string
}

variable "api_record_name" {
  description = "DNS name of API with a trailing dot, e.g. api.example.com."
  type        = string
}

variable "api_gcp_euw4_endpoint_ip" {
  description = "Public IP of API in GCP europe-west4"
  type        = string
}

variable "api_gcp_euw1_endpoint_ip" {
  description = "Public IP of API in GCP europe-west1"
  type        = string
}

variable "geo_record_name" {
  description = "DNS name of Geo API with a trailing dot, e.g. geo.example.com."
  type        = string
}

variable "geo_gcp_euw4_endpoint_ip" {
  description = "Public IP of Geo API in GCP europe-west4"
  type        = string
}

variable "geo_gcp_euw1_endpoint_ip" {
  description = "Public IP of Geo API in GCP europe-west1"
  type        = string
}
