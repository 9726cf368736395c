variable "subscription_id" {
  description = "Azure subscription to deploy into"
  type        = string
}

variable "resource_group_name" {
  description = "Resource group for the network"
  type        = string
  default     = "rg-netstudio-network"
}

variable "az_eastus_hub_prefix" {
  description = "Address prefix of the Azure East US virtual hub (at least a /24)"
  type        = string
  default     = "10.160.254.0/23"
}

variable "az_eastus_subnet_cidrs" {
  description = "Subnet per segment in Azure East US"
  type        = map(string)
  default = {
    default = "10.160.224.0/20"
  }
}

variable "az_weu_hub_prefix" {
  description = "Address prefix of the Azure West Europe virtual hub (at least a /24)"
  type        = string
  default     = "10.188.254.0/23"
}

variable "az_weu_subnet_cidrs" {
  description = "Subnet per segment in Azure West Europe"
  type        = map(string)
  default = {
    default = "10.188.224.0/20"
  }
}

variable "az_sea_hub_prefix" {
  description = "Address prefix of the Azure Southeast Asia virtual hub (at least a /24)"
  type        = string
  default     = "10.180.254.0/23"
}

variable "az_sea_subnet_cidrs" {
  description = "Subnet per segment in Azure Southeast Asia"
  type        = map(string)
  default = {
    default = "10.180.224.0/20"
  }
}

variable "aws_use1_public_ip" {
  description = "Public IP of the VPN endpoint at AWS US East (N. Virginia) (from the aws export's outputs)"
  type        = string
}

variable "aws_use1_asn" {
  description = "BGP ASN of AWS US East (N. Virginia)"
  type        = number
  default     = 4290686315
}

variable "x_aws_use1_az_eastus_tunnel1_psk" {
  description = "Pre-shared key of x-aws-use1-az-eastus"
  type        = string
  sensitive   = true
}

variable "x_aws_use1_az_weu_tunnel1_psk" {
  description = "Pre-shared key of x-aws-use1-az-weu"
  type        = string
  sensitive   = true
}

variable "x_aws_use1_az_sea_tunnel1_psk" {
  description = "Pre-shared key of x-aws-use1-az-sea"
  type        = string
  sensitive   = true
}

variable "aws_euw1_public_ip" {
  description = "Public IP of the VPN endpoint at AWS EU (Ireland) (from the aws export's outputs)"
  type        = string
}

variable "aws_euw1_asn" {
  description = "BGP ASN of AWS EU (Ireland)"
  type        = number
  default     = 4262476659
}

variable "x_aws_euw1_az_eastus_tunnel1_psk" {
  description = "Pre-shared key of x-aws-euw1-az-eastus"
  type        = string
  sensitive   = true
}

variable "x_aws_euw1_az_weu_tunnel1_psk" {
  description = "Pre-shared key of x-aws-euw1-az-weu"
  type        = string
  sensitive   = true
}

variable "x_aws_euw1_az_sea_tunnel1_psk" {
  description = "Pre-shared key of x-aws-euw1-az-sea"
  type        = string
  sensitive   = true
}

variable "aws_apse1_public_ip" {
  description = "Public IP of the VPN endpoint at AWS Asia Pacific (Singapore) (from the aws export's outputs)"
  type        = string
}

variable "aws_apse1_asn" {
  description = "BGP ASN of AWS Asia Pacific (Singapore)"
  type        = number
  default     = 4222399677
}

variable "x_aws_apse1_az_eastus_tunnel1_psk" {
  description = "Pre-shared key of x-aws-apse1-az-eastus"
  type        = string
  sensitive   = true
}

variable "x_aws_apse1_az_weu_tunnel1_psk" {
  description = "Pre-shared key of x-aws-apse1-az-weu"
  type        = string
  sensitive   = true
}

variable "x_aws_apse1_az_sea_tunnel1_psk" {
  description = "Pre-shared key of x-aws-apse1-az-sea"
  type        = string
  sensitive   = true
}

variable "gcp_usc1_public_ip" {
  description = "Public IP of the VPN endpoint at GCP us-central1 (Iowa) (from the gcp export's outputs)"
  type        = string
}

variable "gcp_usc1_asn" {
  description = "BGP ASN of GCP us-central1 (Iowa)"
  type        = number
  default     = 4235371944
}

variable "x_az_eastus_gcp_usc1_tunnel1_psk" {
  description = "Pre-shared key of x-az-eastus-gcp-usc1"
  type        = string
  sensitive   = true
}

variable "gcp_euw1_public_ip" {
  description = "Public IP of the VPN endpoint at GCP europe-west1 (Belgium) (from the gcp export's outputs)"
  type        = string
}

variable "gcp_euw1_asn" {
  description = "BGP ASN of GCP europe-west1 (Belgium)"
  type        = number
  default     = 4281827936
}

variable "x_az_eastus_gcp_euw1_tunnel1_psk" {
  description = "Pre-shared key of x-az-eastus-gcp-euw1"
  type        = string
  sensitive   = true
}

variable "gcp_ase1_public_ip" {
  description = "Public IP of the VPN endpoint at GCP asia-southeast1 (Singapore) (from the gcp export's outputs)"
  type        = string
}

variable "gcp_ase1_asn" {
  description = "BGP ASN of GCP asia-southeast1 (Singapore)"
  type        = number
  default     = 4282549534
}

variable "x_az_eastus_gcp_ase1_tunnel1_psk" {
  description = "Pre-shared key of x-az-eastus-gcp-ase1"
  type        = string
  sensitive   = true
}

variable "x_az_weu_gcp_usc1_tunnel1_psk" {
  description = "Pre-shared key of x-az-weu-gcp-usc1"
  type        = string
  sensitive   = true
}

variable "x_az_weu_gcp_euw1_tunnel1_psk" {
  description = "Pre-shared key of x-az-weu-gcp-euw1"
  type        = string
  sensitive   = true
}

variable "x_az_weu_gcp_ase1_tunnel1_psk" {
  description = "Pre-shared key of x-az-weu-gcp-ase1"
  type        = string
  sensitive   = true
}

variable "x_az_sea_gcp_usc1_tunnel1_psk" {
  description = "Pre-shared key of x-az-sea-gcp-usc1"
  type        = string
  sensitive   = true
}

variable "x_az_sea_gcp_euw1_tunnel1_psk" {
  description = "Pre-shared key of x-az-sea-gcp-euw1"
  type        = string
  sensitive   = true
}

variable "x_az_sea_gcp_ase1_tunnel1_psk" {
  description = "Pre-shared key of x-az-sea-gcp-ase1"
  type        = string
  sensitive   = true
}
